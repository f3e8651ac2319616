package hk.negequity.engine;

import hk.negequity.explain.InputPaths;
import hk.negequity.messages.CatalogueEntry;
import hk.negequity.messages.MessageCatalogue;
import hk.negequity.messages.MessageText;
import hk.negequity.policy.PolicyTablesReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Consistency between rules and message catalogues: every advice rule has its title and message in every
 * language, every catalogue key belongs to a rule (and variant), and every figure a text names is one
 * that each rule using the text supplies; and rules that read the policy tables have all of them.
 */
final class RuleSetChecks {

    private static final String NOT_UTF8 = "the file is not valid UTF-8 here";

    static final List<String> REQUIRED_PARTS = List.of("title", "message");

    private RuleSetChecks() {
    }

    /** @param declared every code a rule declares, with its variants ({@link AdviceRules#declaredVariants}) */
    static void checkMessages(List<RuleSet.RuleInfo> rules, Map<String, Set<String>> declared,
                              Map<String, MessageCatalogue> catalogues, List<RuleProblem> problems) {
        Set<RuleProblem> found = new LinkedHashSet<>();
        for (MessageCatalogue catalogue : new TreeMap<>(catalogues).values()) {
            String file = RuleSetLoader.MESSAGES_DIR + catalogue.language() + ".properties";
            for (RuleSet.RuleInfo rule : rules) {
                String code = rule.metadata().code();
                String variant = rule.metadata().variant();
                List<CatalogueEntry> used = new ArrayList<>(catalogue.actions(code, variant));
                for (String part : REQUIRED_PARTS) {
                    Optional<CatalogueEntry> entry = catalogue.entry(code, variant, part);
                    if (entry.isPresent()) {
                        used.add(entry.get());
                    } else if (!catalogue.leftOut(code + "." + part)
                            && (variant == null || !catalogue.leftOut(code + "." + variant + "." + part))) {
                        found.add(new RuleProblem(rule.file(), rule.line(), "rule \"" + rule.metadata().name()
                                + "\": " + code + "." + part + " is missing from " + file));
                    }
                }
                for (CatalogueEntry entry : used) {
                    for (String name : MessageText.placeholders(entry.text())) {
                        if (!rule.figureNames().contains(name)) {
                            found.add(new RuleProblem(entry.file(), entry.line(), entry.key() + " names {" + name
                                    + "}, which rule \"" + rule.metadata().name() + "\" does not supply (it supplies "
                                    + rule.figureNames() + ")"));
                        }
                    }
                }
            }
            for (CatalogueEntry entry : catalogue.entries()) {
                if (entry.code() == null) {
                    if (!InputPaths.all().contains(entry.key().substring(entry.key().indexOf('.') + 1))) {
                        found.add(new RuleProblem(entry.file(), entry.line(), entry.key()
                                + (entry.key().startsWith("ask.") ? " asks for" : " names") + " a fact no request has"));
                    }
                } else if (!declared.containsKey(entry.code())) {
                    found.add(new RuleProblem(entry.file(), entry.line(), entry.key()
                            + " belongs to no rule: no rule declares @code(" + entry.code() + ")"));
                } else if (entry.variant() != null && !declared.get(entry.code()).contains(entry.variant())) {
                    found.add(new RuleProblem(entry.file(), entry.line(), entry.key() + " belongs to no rule: no rule for "
                            + entry.code() + " declares @variant(" + entry.variant() + ")"));
                }
            }
        }
        problems.addAll(found);
    }

    /**
     * Every fact a rule can need has a question in every language, so that "what to ask next" can always be
     * put to the borrower; and every language gives a code the same number of next steps as English.
     */
    static void checkQuestionsAndActions(List<RuleSet.RuleInfo> rules, Function<String, Set<String>> inputsOf,
                                         Map<String, MessageCatalogue> catalogues, List<RuleProblem> problems) {
        MessageCatalogue english = catalogues.get(RuleSet.DEFAULT_LANGUAGE);
        // Each fact at the first rule that needs it: the question has no line of its own to be reported at.
        Map<String, RuleSet.RuleInfo> firstNeededBy = new TreeMap<>();
        rules.stream().sorted(Comparator.comparing(RuleSet.RuleInfo::file).thenComparingInt(RuleSet.RuleInfo::line))
                .forEach(rule -> inputsOf.apply(rule.metadata().name())
                        .forEach(fact -> firstNeededBy.putIfAbsent(fact, rule)));
        for (MessageCatalogue catalogue : new TreeMap<>(catalogues).values()) {
            String file = RuleSetLoader.MESSAGES_DIR + catalogue.language() + ".properties";
            firstNeededBy.forEach((fact, rule) -> {
                if (catalogue.question(fact).isEmpty() && !catalogue.leftOut("ask." + fact)) {
                    problems.add(new RuleProblem(rule.file(), rule.line(), "rule \"" + rule.metadata().name()
                            + "\" needs " + fact + ": ask." + fact + " is missing from " + file));
                }
            });
            if (english == null || catalogue == english) {
                continue;
            }
            // A fact named in English but not here would show its path inside this language's sentences.
            Set<String> unnamed = new java.util.TreeSet<>(english.namedFacts());
            unnamed.removeAll(catalogue.namedFacts());
            unnamed.removeIf(fact -> catalogue.leftOut("name." + fact));
            for (String fact : unnamed) {
                problems.add(new RuleProblem(file, 0, "name." + fact + " is missing: messages/en.properties names"
                        + " that fact"));
            }
            Set<String> seen = new LinkedHashSet<>();
            for (RuleSet.RuleInfo rule : rules) {
                String code = rule.metadata().code();
                String variant = rule.metadata().variant();
                int expected = english.actions(code, variant).size();
                int actual = catalogue.actions(code, variant).size();
                String codeAndVariant = variant == null ? code : code + "." + variant;
                // A line left out in either file is reported there, at its line: the counts then differ for it.
                if (expected != actual && !catalogue.actionLeftOut(codeAndVariant)
                        && !english.actionLeftOut(codeAndVariant) && seen.add(code + "." + variant)) {
                    problems.add(new RuleProblem(file, 0, code + (variant == null ? "" : "." + variant) + " has "
                            + actual + " action(s); messages/en.properties has " + expected));
                }
            }
        }
    }

    /**
     * A variant's own text in one language is in every language: where one lacks it, the code's own text is shown
     * instead (a buyer's "borrow less" to an owner, say), with no other sign.
     */
    static void checkVariantTextsInEveryLanguage(Map<String, MessageCatalogue> catalogues, List<RuleProblem> problems) {
        Map<String, String> firstIn = new TreeMap<>();
        new TreeMap<>(catalogues).values().forEach(catalogue -> catalogue.entries().stream()
                .filter(entry -> entry.variant() != null)
                .forEach(entry -> firstIn.putIfAbsent(entry.key(), entry.file() + ":" + entry.line())));
        for (MessageCatalogue catalogue : new TreeMap<>(catalogues).values()) {
            Set<String> own = new java.util.HashSet<>();
            catalogue.entries().forEach(entry -> own.add(entry.key()));
            String file = RuleSetLoader.MESSAGES_DIR + catalogue.language() + ".properties";
            firstIn.forEach((key, where) -> {
                String codeAndVariant = key.substring(0, key.indexOf('.', key.indexOf('.') + 1));
                if (!own.contains(key) && !catalogue.leftOut(key) && !(key.contains(".action.")
                        && catalogue.actionLeftOut(codeAndVariant))) {
                    problems.add(new RuleProblem(file, 0, key + " is missing: " + where + " has it, and without it"
                            + " this language would show the code's own text for that variant"));
                }
            });
        }
    }

    /** Whether any rule file declares the {@code policy} global, that is, reads the policy tables. */
    static boolean declaresPolicyGlobal(Map<String, DrlOutline> outlines) {
        return outlines.values().stream().filter(outline -> outline.descr() != null)
                .flatMap(outline -> outline.descr().getGlobals().stream())
                .anyMatch(global -> global.getIdentifier().equals(RuleSet.POLICY_GLOBAL));
    }

    /**
     * Every rule file, catalogue and table must be UTF-8: a file saved in another encoding (Big5, say) would
     * otherwise reach borrowers as replacement characters. Reported at the line of the first byte that is not.
     */
    static void requireUtf8(RuleFiles files, List<RuleProblem> problems) {
        for (String suffix : List.of(".drl", ".properties", ".csv")) {
            for (String name : files.namesEndingWith(suffix)) {
                byte[] bytes = files.bytes(name);
                java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
                java.nio.charset.CoderResult result = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                        .decode(in, java.nio.CharBuffer.allocate(bytes.length), true);
                if (result.isError()) {
                    int line = 1;
                    for (int i = 0; i < in.position(); i++) {
                        line += bytes[i] == '\n' ? 1 : 0;
                    }
                    problems.add(new RuleProblem(name, line, NOT_UTF8 + "; save it as UTF-8"));
                }
            }
        }
    }

    /**
     * The parser's "no viable alternative at input ''" on a line already reported as not UTF-8: the bytes it could not
     * read, said again in its words.
     */
    static List<RuleProblem> withoutEchoesOfBadBytes(List<RuleProblem> problems) {
        Set<String> badBytes = new java.util.HashSet<>();
        problems.stream().filter(p -> p.message().startsWith(NOT_UTF8)).forEach(p -> badBytes.add(p.file() + ":" + p.line()));
        return badBytes.isEmpty() ? problems : problems.stream().filter(p -> !(badBytes.contains(p.file() + ":" + p.line())
                && BuildErrors.EMPTY_INPUT.matcher(p.message()).find())).toList();
    }

    /** Rules that read the policy tables read all of them: a missing file would pass for a table with no rows. */
    static void requireEveryPolicyTable(RuleFiles files, List<RuleProblem> problems) {
        Set<String> present = Set.copyOf(files.namesEndingWith(".csv"));
        for (String table : PolicyTablesReader.TABLES) {
            if (!present.contains(table)) {
                problems.add(new RuleProblem(table, 0, "the policy table is missing: the rules read the policy tables"
                        + " (a table with no rows keeps its header line)"));
            }
        }
    }
}
