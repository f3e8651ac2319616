package hk.negequity.explain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What to ask next: every fact whose absence kept a rule from deciding, each with the codes it would unlock (advice not
 * yet given that it decides) and those whose wording alone it would change: a code already in the answer (a loan being
 * repaid is spoken to as an owner once the instalments paid are known), or one another of whose wordings waits for
 * less. The facts that unlock the most come first, then those that change the most wording. A fact not given that a
 * rule of advice read as a default or through a stand-in ({@link ProvisionalFacts}) is asked for too, with that advice
 * under {@code mayChange}, after the others. Equal ranks go by path, so the same request always
 * gets the same list.
 */
final class WhatToAskNext {

    /** An undecided rule of a code: the facts it waits for, and every fact it reads (under a {@code not} too). */
    record Waiting(Set<String> missing, Set<String> reads) {
    }

    /** Every code each fact bears on, by path: what it decides, and what it would only reword. */
    private final Map<String, Set<String>> codesByFact = new TreeMap<>();
    /** The codes each fact decides: advice not in the answer yet, and not only a wording of it. */
    private final Map<String, Set<String>> decides = new HashMap<>();
    private final Map<String, List<Waiting>> waitingByCode = new LinkedHashMap<>();
    /** The advice, given or not, each fact not given may change: its rules read what stands in for the fact. */
    private final Map<String, Set<String>> mayChange = new TreeMap<>();

    private final Set<String> codesGiven = new HashSet<>();

    /** A rule of {@code code} that did not fire and waits for {@code missing}; {@code given}: the code is in the answer. */
    void waits(String code, Set<String> missing, Set<String> reads, boolean given) {
        waitingByCode.computeIfAbsent(code, c -> new ArrayList<>()).add(new Waiting(missing, reads));
        if (given) {
            codesGiven.add(code);
        }
    }

    /** A fact a pre-approval's verdict waits for, with the limits it decides. */
    void decides(String fact, Collection<String> codes) {
        codesByFact.computeIfAbsent(fact, f -> new TreeSet<>()).addAll(codes);
        decides.computeIfAbsent(fact, f -> new TreeSet<>()).addAll(codes);
    }

    /**
     * Advice, given or not, whose rule read these facts, none of them given: it rests on what stands in for them, and
     * giving them may withdraw it, bring it, or change its figures or words.
     */
    void restsOn(String code, Collection<String> notGiven) {
        for (String fact : notGiven) {
            mayChange.computeIfAbsent(fact, f -> new TreeSet<>()).add(code);
        }
    }

    List<Explanation.Need> needs() {
        waitingByCode.forEach((code, waiting) -> {
            for (Waiting these : waiting) {
                for (String fact : these.missing()) {
                    codesByFact.computeIfAbsent(fact, f -> new TreeSet<>()).add(code);
                    if (!codesGiven.contains(code) && !onlyChoosesWording(fact, these, waiting)) {
                        decides.computeIfAbsent(fact, f -> new TreeSet<>()).add(code);
                    }
                }
            }
        });
        List<Explanation.Need> needs = new ArrayList<>();
        Set<String> facts = new TreeSet<>(codesByFact.keySet());
        facts.addAll(mayChange.keySet());
        for (String fact : facts) {
            Set<String> decided = decides.getOrDefault(fact, Set.of());
            List<String> wording = codesByFact.getOrDefault(fact, Set.of()).stream()
                    .filter(code -> !decided.contains(code)).toList();
            List<String> provisional = mayChange.getOrDefault(fact, Set.of()).stream()
                    .filter(code -> !decided.contains(code)).toList();
            needs.add(new Explanation.Need(fact, List.copyOf(decided), wording, provisional));
        }
        // Most new advice first, as the list shows it; then the most wording changed; then, of the facts that do
        // neither, those that bear on the most advice given; then by path.
        needs.sort(Comparator.comparingInt((Explanation.Need n) -> -n.unlocks().size())
                .thenComparingInt(n -> -n.changesWording().size())
                .thenComparingInt(n -> n.unlocks().isEmpty() && n.changesWording().isEmpty() ? -n.mayChange().size() : 0)
                .thenComparing(Explanation.Need::fact));
        return needs;
    }

    /**
     * Whether {@code fact} only chooses the wording of the code {@code these} would give: another rule of the code
     * waits for less, not for this fact, and reads it (the plain reserve warning reads the payments made under a
     * {@code not}; its wording for a loan being repaid waits for them). A rule for another reason altogether (the
     * first-time buyer tier, beside self-use only) does not read it, and the fact decides.
     */
    static boolean onlyChoosesWording(String fact, Waiting these, List<Waiting> waiting) {
        return waiting.stream().anyMatch(other -> other != these && !other.missing().contains(fact)
                && other.reads().contains(fact) && other.missing().size() < these.missing().size()
                && these.missing().containsAll(other.missing()));
    }
}
