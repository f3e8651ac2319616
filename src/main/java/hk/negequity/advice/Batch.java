package hk.negequity.advice;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import hk.negequity.engine.FiringLimitExceededException;
import hk.negequity.engine.RuleFailedException;
import hk.negequity.engine.WithoutMessages;
import hk.negequity.engine.RuleSet;
import hk.negequity.model.AdviceRequest;
import hk.negequity.request.CaseBody;
import hk.negequity.request.InvalidRequestException;
import hk.negequity.request.RequestReader;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Many requests in one. Each case keeps its index; a bad case gets its own problem and never fails the
 * others; all are judged by one version of the rules, in parallel on the available cores.
 *
 * @param <T> the answer to one case
 */
public final class Batch<T> {

    public static final int MAX_CASES = 1_000;

    private static final Logger LOG = LoggerFactory.getLogger(Batch.class);
    /** In the summary: cases the request got wrong (4xx), and cases the service failed on (5xx). */
    private static final String INVALID = "INVALID";
    private static final String ERROR = "ERROR";

    /** Answers one case with a given rule set. */
    public interface Judge<T> {
        T answer(RuleSet ruleSet, AdviceRequest request, Presentation presentation);
    }

    private final Supplier<RuleSet> ruleSets;
    private final Judge<T> judge;
    private final Function<T, String> summaryKey;
    private final Function<T, List<String>> codesOf;
    private final RequestReader reader = new RequestReader();

    /**
     * @param summaryKey what an answer counts as in the summary (its verdict, say)
     * @param codesOf    the advice codes an answer gives, for the request's log line
     */
    public Batch(Supplier<RuleSet> ruleSets, Judge<T> judge, Function<T, String> summaryKey,
                 Function<T, List<String>> codesOf) {
        this.ruleSets = ruleSets;
        this.judge = judge;
        this.summaryKey = summaryKey;
        this.codesOf = codesOf;
    }

    /**
     * One case's outcome: an answer (status 200) or a problem (its status).
     *
     * @param outcome  what the case counts as in the summary; not written
     * @param language the answer's language, null for a problem; not written (the answer says it)
     * @param codes    the advice codes the answer gives, none for a problem; not written (the answer lists them)
     */
    public record Result<T>(int index, int status, T answer, Problem problem,
                            @JsonIgnore String outcome, @JsonIgnore String language, @JsonIgnore List<String> codes) {
    }

    /** @param summary how many cases got each outcome, how many were invalid (4xx) and how many failed (5xx) */
    public record Answer<T>(String rulesetVersion, int count, Map<String, Integer> summary, List<Result<T>> results) {

        public boolean anyFailed() {
            return results.stream().anyMatch(r -> r.problem() != null);
        }

        /** Every advice code the answers give, each once, sorted: what the request's log line names. */
        public List<String> adviceCodes() {
            return results.stream().flatMap(r -> r.codes().stream()).distinct().sorted().toList();
        }

        /** The languages the answers are in, each once, in the order of the cases. */
        public List<String> languages() {
            return results.stream().map(Result::language).filter(Objects::nonNull).distinct().toList();
        }
    }

    /** Thrown for a batch larger than {@link #MAX_CASES}. */
    public static final class TooManyCasesException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        TooManyCasesException(int count) {
            super("a batch may hold at most " + MAX_CASES + " cases; this one holds " + count
                    + ": split it into several requests");
        }
    }

    /**
     * Judges the cases, each read on its own: one that cannot be read is that case's problem only.
     *
     * @param asked the language asked for, for cases without their own {@code lang}
     */
    public Answer<T> run(List<CaseBody> cases, LocalDate today, Languages.Asked asked, boolean explain,
                         String instance) {
        return run(cases, today, asked, explain, instance, Function.identity());
    }

    /** As above, each answer passed through {@code finish} (written as JSON, say) on the thread that made it. */
    public <R> Answer<R> run(List<CaseBody> cases, LocalDate today, Languages.Asked asked, boolean explain,
                             String instance, Function<T, R> finish) {
        if (cases.size() > MAX_CASES) {
            throw new TooManyCasesException(cases.size());
        }
        RuleSet ruleSet = ruleSets.get();
        // The request's log context (its id), on the pool's threads too, with the version judging the batch.
        Map<String, String> context = new HashMap<>(Objects.requireNonNullElse(MDC.getCopyOfContextMap(),
                Map.of()));
        context.put("rulesetVersion", ruleSet.version());
        @SuppressWarnings("unchecked")
        Result<R>[] judged = new Result[cases.size()];
        // Alike cases one after another, each result at its own index: interleaved, three kinds of case took a third
        // more CPU than one after another, as each kind's path through the rules and the answer stays warm
        // (bench/RESULTS.md).
        IntStream.of(alikeTogether(cases)).parallel().forEach(i -> judged[i] = withLogContext(context,
                () -> one(ruleSet, i, cases.get(i), today, asked, explain, instance, finish)));
        List<Result<R>> results = List.of(judged);
        Map<String, Integer> summary = new TreeMap<>();
        for (Result<R> result : results) {
            summary.merge(result.outcome(), 1, Integer::sum);
        }
        return new Answer<>(ruleSet.version(), results.size(), summary, results);
    }

    /** The cases' indexes, those of one {@link CaseBody#shape} together, each shape's in the cases' order. */
    static int[] alikeTogether(List<CaseBody> cases) {
        return IntStream.range(0, cases.size()).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> cases.get(i).shape()).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
    }

    private static <R> R withLogContext(Map<String, String> context, Supplier<R> work) {
        Map<String, String> before = MDC.getCopyOfContextMap();
        MDC.setContextMap(context);
        try {
            return work.get();
        } finally {
            if (before == null) {
                MDC.clear();
            } else {
                MDC.setContextMap(before);
            }
        }
    }

    private <R> Result<R> one(RuleSet ruleSet, int index, CaseBody body, LocalDate today,
                              Languages.Asked asked, boolean explain, String instance, Function<T, R> finish) {
        String where = instance + "#" + index;
        try {
            JsonNode node = body.read();
            AdviceRequest request = reader.read(node, today);
            String language = Languages.choose(reader.language(node), asked, ruleSet.catalogues().keySet());
            T answer = judge.answer(ruleSet, request, new Presentation(language, explain));
            return new Result<>(index, 200, finish.apply(answer), null, summaryKey.apply(answer), language,
                    codesOf.apply(answer));
        } catch (InvalidRequestException e) {
            return new Result<>(index, 400, null, Problem.invalidRequest(e.violations(), where), INVALID, null, List.of());
        } catch (FiringLimitExceededException e) {
            LOG.error("rule firing limit {} reached in batch case {}; last rules fired: {}", e.limit(), index,
                    e.lastRules());
            return new Result<>(index, 500, null, Problem.firingLimit(e.limit(), where), ERROR, null, List.of());
        } catch (RuleFailedException e) {
            LOG.error("the rules failed in batch case {}: {}", index, e.getMessage());
            return new Result<>(index, 500, null, Problem.internalError(where), ERROR, null, List.of());
        } catch (RuntimeException e) {
            LOG.error("unexpected failure in batch case {}: {}", index, WithoutMessages.of(e));
            return new Result<>(index, 500, null, Problem.internalError(where), ERROR, null, List.of());
        }
    }
}
