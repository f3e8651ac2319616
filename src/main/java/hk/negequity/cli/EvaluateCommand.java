package hk.negequity.cli;

import com.fasterxml.jackson.databind.JsonNode;
import hk.negequity.advice.Advisor;
import hk.negequity.advice.AnswerJson;
import hk.negequity.advice.Batch;
import hk.negequity.advice.Languages;
import hk.negequity.advice.Presentation;
import hk.negequity.advice.Problem;
import hk.negequity.engine.FiringLimitExceededException;
import hk.negequity.engine.RuleFailedException;
import hk.negequity.engine.WithoutMessages;
import hk.negequity.engine.RuleEngine;
import hk.negequity.engine.RuleSet;
import hk.negequity.engine.RuleSetException;
import hk.negequity.engine.RuleSetLoader;
import hk.negequity.model.AdviceRequest;
import hk.negequity.request.BatchBodies;
import hk.negequity.request.CaseBody;
import hk.negequity.request.InvalidRequestException;
import hk.negequity.request.JsonBodies;
import hk.negequity.request.RequestReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code advise FILE|-} and {@code pre-approve FILE|-}: one request, or a JSON array of them, evaluated
 * without a server, printing the same JSON the HTTP endpoint answers. Bad input: the same problem details
 * on standard error, exit 2.
 */
final class EvaluateCommand {

    static final String USAGE = """
            usage: advisor %1$s FILE|- [--rules DIR] [--lang LANG] [--explain]

            Evaluates the request in FILE (or standard input, with -), a JSON object as POST %2$s takes, or a
            JSON array of them (up to 1,000), and prints the answer as that endpoint does. An array gets the
            shape of POST /v1/pre-approval/batch's answer: results by index and a summary, which counts each
            answer's verdict (a pre-approval) or ANSWERED (advice), and INVALID or ERROR for a case refused.
            Exit 0 when every request is answered. Bad input: problem details on standard error, exit 2. Rules
            that fail on a request (a loop, an error in a rule), or a rule directory that does not load: exit 1,
            which an array with both a bad case and a failed one gives too.

              --rules DIR   the rule directory (default: $ADVISOR_RULES, else the bundled rules)
              --lang LANG   en, zh-HK or zh-CN, for requests without their own "lang" (another tag falls back
                            as Accept-Language does: to English)
              --explain     add the explanations, as ?explain=true does
            """;

    private static final Logger LOG = LoggerFactory.getLogger(EvaluateCommand.class);

    /** Bodies this large are not a request; the HTTP batch limit is far below. */
    private static final long MAX_INPUT_BYTES = 16L * 1024 * 1024;

    private EvaluateCommand() {
    }

    static int run(String command, String[] args, Map<String, String> env, InputStream in, PrintStream out,
                   PrintStream err) throws Options.UsageException, IOException {
        boolean preApproval = command.equals("pre-approve");
        Options options = Options.parse(args, Set.of("--rules", "--lang"), Set.of("--explain"));
        if (options.has("--help")) {
            out.printf(USAGE, command, preApproval ? "/v1/pre-approval" : "/v1/advice");
            return 0;
        }
        if (options.positional().size() != 1) {
            throw new Options.UsageException(command + " takes one FILE, or - for standard input");
        }
        String input = options.positional().get(0);
        RuleSet ruleSet;
        Path rules = RuleDirectories.choose(options.value("--rules"), env);
        try {
            ruleSet = new RuleSetLoader(Clock.systemUTC()).load(rules);
        } catch (RuleSetException e) {
            RuleDirectories.printProblems(err, rules, e.problems());
            return 1;
        }
        byte[] body;
        try {
            // One byte past the limit tells a larger input from one of exactly the limit, which is read.
            try (InputStream source = input.equals("-") ? null : Files.newInputStream(Path.of(input))) {
                body = (source == null ? in : source).readNBytes((int) MAX_INPUT_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            return bad(err, ruleSet, Problem.of("input-not-found", "Input not found", 400, "no file " + input, input));
        } catch (IOException e) {
            String why = Files.isDirectory(Path.of(input)) ? "is a directory, not a file" : "cannot be read";
            return bad(err, ruleSet, Problem.of("input-unreadable", "Input cannot be read", 400, input + " " + why,
                    input));
        }
        if (body.length > MAX_INPUT_BYTES) {
            return bad(err, ruleSet, Problem.of("input-too-large", "Input too large", 413, input
                    + " is larger than the " + MAX_INPUT_BYTES + " bytes the command line reads; split it", input));
        }
        Advisor advisor = Advisor.over(() -> ruleSet, new RuleEngine());
        LocalDate today = LocalDate.now(Clock.system(ZoneId.of("Asia/Hong_Kong")));
        boolean explain = options.has("--explain");
        // --lang is for requests without their own lang, as ?lang= is over HTTP.
        Languages.Asked asked = new Languages.Asked(options.value("--lang"), null);
        try {
            if (BatchBodies.isBatch(body)) { // each case read on its own, as the batch endpoint does
                List<CaseBody> cases = new BatchBodies().parse(body);
                Batch.Answer<?> answer = (preApproval ? advisor.preApprovalBatch() : advisor.adviceBatch())
                        .run(cases, today, asked, explain, input);
                print(out, answer);
                // Each on a line of its own, outside its batch: with the version, as every problem the API gives.
                answer.results().stream().filter(r -> r.problem() != null)
                        .forEach(r -> print(err, r.problem().sentWith(answer.rulesetVersion())));
                // As for one request: 1 where the rules failed on a case, else 2 where a case was bad input.
                return answer.results().stream().anyMatch(r -> r.status() >= 500) ? 1 : answer.anyFailed() ? 2 : 0;
            }
            JsonNode root = new JsonBodies().parse(body);
            RequestReader reader = new RequestReader();
            AdviceRequest request = reader.read(root, today);
            String language = Languages.choose(reader.language(root), asked, ruleSet.catalogues().keySet());
            Presentation presentation = new Presentation(language, explain);
            print(out, preApproval ? advisor.preApproval().preApprove(request, presentation)
                    : advisor.advice().advise(request, presentation));
            return 0;
        } catch (InvalidRequestException e) {
            return bad(err, ruleSet, Problem.invalidRequest(e.violations(), input));
        } catch (Batch.TooManyCasesException e) {
            return bad(err, ruleSet, Problem.of("batch-too-large", "Too many cases in one batch", 413, e.getMessage(),
                    input));
        } catch (FiringLimitExceededException e) {
            // A loop in the rule files, not bad input: the problem the endpoint gives, exit 1 as for rules
            // that do not load. Rule names only in the log, never the request.
            LOG.error("rule firing limit {} reached; last rules fired: {}", e.limit(), e.lastRules());
            print(err, Problem.firingLimit(e.limit(), input).sentWith(ruleSet.version()));
            return 1;
        } catch (RuntimeException e) {
            // A rule that fails as it is evaluated (a division by zero in a constraint, say): the endpoint's
            // 500 problem, exit 1; what failed goes to the log, which names rules, never the request's figures.
            LOG.error("evaluation failed: {}", e instanceof RuleFailedException failed ? failed.what()
                    : WithoutMessages.of(e));
            print(err, Problem.internalError(input).sentWith(ruleSet.version()));
            return 1;
        }
    }

    /** Bad input: its problem, with the version of the rules that would have judged it, as the API gives it. */
    private static int bad(PrintStream err, RuleSet ruleSet, Problem problem) {
        print(err, problem.sentWith(ruleSet.version()));
        return 2;
    }

    private static void print(PrintStream stream, Object json) {
        stream.println(new String(AnswerJson.bytes(json), java.nio.charset.StandardCharsets.UTF_8));
    }
}
