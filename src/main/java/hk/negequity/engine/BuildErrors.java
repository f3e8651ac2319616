package hk.negequity.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.builder.Message;

/**
 * Turns the rule compiler's errors into {@code file:line: message} problems. The executable model reports
 * some errors (an unknown field, a type mismatch) without a line, or against a Java file it generated;
 * those are placed by finding the expression the error quotes in the DRL sources.
 */
final class BuildErrors {

    private static final Pattern DUPLICATE_RULE = Pattern.compile("Duplicate rule name: (.+)");
    /** An import of no class: said once for each class the executable model generates, all of them importing it. */
    private static final Pattern BAD_IMPORT = Pattern.compile(
            "The import ([\\w.]+) cannot be resolved|Only a type can be imported\\. ([\\w.]+) resolves to a package");
    private static final Pattern CONSEQUENCE_PLACE = Pattern.compile("^Unable to parse consequence caused by: \\(line (\\d+),");
    /** A consequence of an error reported by line elsewhere; saying it again helps nobody. */
    private static final String NULL_PACKAGE = "Parser returned a null Package";

    private BuildErrors() {
    }

    /** The DRL parser's own failure at a file's end, in its words: "Line 33:67 unexpected exception at input '<eof>'". */
    private static final Pattern PARSER_CRASH = Pattern.compile(
            "Line (\\d+):(\\d+) unexpected exception at input '<eof>'");

    static List<RuleProblem> locate(List<Message> errors, Map<String, String> sourceOf, RuleFiles files) {
        return locate(errors, sourceOf, files, List.of());
    }

    /** @param outlines the DRL files built, to place an error in the Java generated from one of their rules */
    static List<RuleProblem> locate(List<Message> errors, Map<String, String> sourceOf, RuleFiles files,
                                    java.util.Collection<DrlOutline> outlines) {
        Set<RuleProblem> problems = new LinkedHashSet<>();
        Set<String> sources = new java.util.TreeSet<>(sourceOf.values());
        Map<String, String> generated = new java.util.HashMap<>();
        errors.stream().filter(BuildErrors::isGeneratedSourceDump).forEach(e -> generated.put(e.getPath(), e.getText()));
        for (Message error : errors) {
            String text = firstLine(error.getText());
            if (text.contains(NULL_PACKAGE) || isGeneratedSourceDump(error)) {
                continue;
            }
            Matcher crashed = PARSER_CRASH.matcher(text);
            if (crashed.find()) {
                // The parser fails on a file that ends inside a rule (cut short, half saved), and then says the same
                // of every file after it: the file so cut is the mistake, reported as the end of file it is.
                String source = sourceOf.get(error.getPath());
                if (source != null && ParserErrorPlaces.endsInsideAUnit(files.text(source))) {
                    problems.add(ParserErrorPlaces.place(source, files.text(source), crashed.group(1)
                            .isEmpty() ? 1 : Integer.parseInt(crashed.group(1)),
                            "[ERR 101] Line " + crashed.group(1) + ":" + crashed.group(2) + " mismatched input '<eof>'"));
                }
                continue;
            }
            java.util.Optional<RuleProblem> fromRule = generated.containsKey(error.getPath())
                    ? GeneratedJavaPlaces.place(generated.get(error.getPath()), error.getLine(), text, outlines, files)
                    : java.util.Optional.empty();
            if (fromRule.isPresent()) {
                problems.add(fromRule.get());
                continue;
            }
            String source = sourceOf.get(error.getPath());
            Matcher badImport = BAD_IMPORT.matcher(text);
            if (badImport.find()) {
                String name = badImport.group(1) != null ? badImport.group(1) : badImport.group(2);
                List<RuleProblem> imports = QuotedPlaces.linesContaining(name, sources, files, text)
                        .stream().filter(p -> isImportOf(files.text(p.file()).split("\r?\n", -1)[p.line() - 1], name))
                        .toList();
                if (!imports.isEmpty()) {
                    problems.addAll(imports);
                    continue;
                }
            }
            Matcher duplicate = DUPLICATE_RULE.matcher(text);
            if (duplicate.matches()) {
                // Said of one of the two; every file declaring the name is where the mistake may be.
                List<RuleProblem> declared = QuotedPlaces.linesContaining("rule \"" + duplicate.group(1) + "\"",
                        sources, files, text);
                if (declared.size() > 1) {
                    problems.addAll(declared);
                    continue;
                }
            }
            if (source != null && error.getLine() > 0) {
                int line = inConsequence(files.text(source), error.getLine(), text);
                problems.add(ParserErrorPlaces.place(source, files.text(source), line == error.getLine()
                        ? PredicatePlaces.inConditions(files.text(source), line, text) : line, text));
                continue;
            }
            List<RuleProblem> bare = PredicatePlaces.bareNames(text, source == null ? sources : List.of(source), files);
            if (!bare.isEmpty()) {
                problems.addAll(bare);
                continue;
            }
            List<RuleProblem> unresolved = UnresolvedNames.locate(text, source == null ? sources : List.of(source), files);
            if (!unresolved.isEmpty()) {
                problems.addAll(unresolved);
                continue;
            }
            // The compiler named the file: the mistake is there, even where the words it quotes stand elsewhere too.
            List<RuleProblem> found = source == null ? List.of() : QuotedPlaces.find(text, List.of(source), files, problems);
            if (found.isEmpty()) {
                found = QuotedPlaces.find(text, sources, files, problems);
            }
            if (!found.isEmpty()) {
                problems.addAll(found);
            } else {
                problems.add(new RuleProblem(source != null ? source : "?", 0, text));
            }
        }
        // A file that ends inside a rule's consequence is also said to have "mismatched input ''" there, and one with a
        // quote left open "no viable alternative at input ''" at each quote after it: the same end of file, once.
        Set<String> endedEarly = new java.util.HashSet<>();
        problems.stream().filter(p -> p.message().contains("mismatched input '<eof>'")).forEach(p -> endedEarly.add(p.file()));
        problems.removeIf(p -> endedEarly.contains(p.file()) && EMPTY_INPUT.matcher(p.message()).find());
        return new ArrayList<>(problems);
    }

    /**
     * The parser's words for a token it read as empty: after a quote or bracket left open, at every later quote, and
     * at bytes that are not UTF-8.
     */
    static final Pattern EMPTY_INPUT = Pattern.compile("(?:mismatched input|no viable alternative at input) ''");

    /** {@code import a.b.C}, however spaced, with or without a semicolon or a comment after it. */
    private static boolean isImportOf(String line, String name) {
        String[] words = line.replaceAll("//.*|/\\*.*?\\*/", "").replace(";", "").strip().split("\\s+");
        return words.length == 2 && words[0].equals("import") && words[1].equals(name);
    }

    /**
     * A consequence that does not parse is reported at its rule's line, with the place "(line 3,col 24)" counted
     * from its {@code then}: the line the analyst must mend is that one.
     */
    private static int inConsequence(String drl, int ruleLine, String text) {
        Matcher place = CONSEQUENCE_PLACE.matcher(text);
        if (!place.find()) {
            return ruleLine;
        }
        String[] lines = drl.split("\r?\n", -1);
        for (int i = ruleLine - 1; i < lines.length; i++) {
            if (lines[i].strip().equals("then")) {
                int line = i + Integer.parseInt(place.group(1));
                return line <= lines.length ? line : ruleLine;
            }
        }
        return ruleLine;
    }

    /** The exec model follows a Java error with the whole generated class; the error itself is enough. */
    private static boolean isGeneratedSourceDump(Message error) {
        return error.getText().startsWith("Java source of ");
    }

    /** "on class hk.negequity.model.Scheme": the type as the rule author writes it, not the Java class's full name. */
    private static final Pattern ON_CLASS = Pattern.compile("\\bon class (?:[a-z_$][\\w$]*\\.)+([A-Z][\\w$]*)");

    private static String firstLine(String text) {
        String stripped = text.strip();
        int newline = stripped.indexOf('\n');
        String first = newline < 0 ? stripped : stripped.substring(0, newline).strip();
        return ON_CLASS.matcher(first).replaceAll("on $1");
    }
}
