package hk.negequity.engine;

import hk.negequity.messages.MessageCatalogue;
import hk.negequity.policy.PolicyProblems;
import hk.negequity.policy.PolicyTables;
import hk.negequity.policy.PolicyTablesReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The message catalogues and policy tables of a rule directory, read with each file's own problems reported. */
final class TablesAndCatalogues {

    private static final String CATALOGUE_SUFFIX = ".properties";

    private TablesAndCatalogues() {
    }

    static Map<String, MessageCatalogue> catalogues(RuleFiles files, List<RuleProblem> problems) {
        Map<String, MessageCatalogue> catalogues = new HashMap<>();
        for (String name : files.namesEndingWith(CATALOGUE_SUFFIX)) {
            if (!name.startsWith(RuleSetLoader.MESSAGES_DIR)) {
                continue;
            }
            String language = name.substring(RuleSetLoader.MESSAGES_DIR.length(), name.length() - CATALOGUE_SUFFIX.length());
            catalogues.put(language, MessageCatalogue.parse(language, name, files.text(name),
                    (message, line) -> problems.add(new RuleProblem(name, line, message))));
        }
        // Without one, every borrower who asks for that language would be answered in English without a word.
        for (String language : RuleSet.LANGUAGES) {
            if (!catalogues.containsKey(language)) {
                problems.add(new RuleProblem(RuleSetLoader.MESSAGES_DIR + language + CATALOGUE_SUFFIX, 0, "the " + language
                        + " message catalogue is missing: the service answers in " + String.join(", ", RuleSet.LANGUAGES)));
            }
        }
        return catalogues;
    }

    static PolicyTables policy(RuleFiles files, List<RuleProblem> problems) {
        Map<String, String> texts = new HashMap<>();
        for (String name : files.namesEndingWith(".csv")) {
            if (name.startsWith(PolicyTablesReader.DIR)) {
                texts.put(name, files.text(name));
            }
        }
        PolicyTablesReader reader = new PolicyTablesReader();
        PolicyTables tables = reader.read(texts);
        for (PolicyProblems.Problem problem : reader.problems().list()) {
            problems.add(new RuleProblem(problem.file(), problem.line(), problem.message()));
        }
        return tables;
    }
}
