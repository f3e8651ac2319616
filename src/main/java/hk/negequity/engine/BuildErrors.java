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

    private static final Pattern QUOTED = Pattern.compile("'([^']+)'|\"([^\"]+)\"|\\[([^\\]]+)]");
    /** Names in a compiler message that may be the DRL's own: noSuchMethod(), $ltv, loanToValue. */
    private static final Pattern NAME = Pattern.compile("\\$?[A-Za-z_][A-Za-z0-9_]{3,}(\\(\\))?");
    private static final java.util.Set<String> ENGLISH = java.util.Set.of("method", "undefined", "type", "Unable",
            "find", "class", "cannot", "resolved", "variable", "field", "parse", "left", "part", "expression",
            "with", "from", "that", "this", "into", "must", "should", "Double", "Integer", "String", "Boolean",
            "Object", "java", "lang");
    private static final Pattern DUPLICATE_RULE = Pattern.compile("Duplicate rule name: (.+)");
    private static final Pattern UNDEFINED_METHOD = Pattern.compile("The method (\\w+)\\([^)]*\\) is undefined");
    /** An import of no class: said once for each class the executable model generates, all of them importing it. */
    private static final Pattern BAD_IMPORT = Pattern.compile(
            "The import ([\\w.]+) cannot be resolved|Only a type can be imported\\. ([\\w.]+) resolves to a package");
    private static final Pattern CONSEQUENCE_PLACE = Pattern.compile("^Unable to parse consequence caused by: \\(line (\\d+),");
    /** A consequence of an error reported by line elsewhere; saying it again helps nobody. */
    private static final String NULL_PACKAGE = "Parser returned a null Package";

    private BuildErrors() {
    }

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
                List<RuleProblem> imports = linesContaining(name, sources, files, text)
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
                List<RuleProblem> declared = linesContaining("rule \"" + duplicate.group(1) + "\"",
                        sources, files, text);
                if (declared.size() > 1) {
                    problems.addAll(declared);
                    continue;
                }
            }
            if (source != null && error.getLine() > 0) {
                problems.add(ParserErrorPlaces.place(source, files.text(source),
                        inConsequence(files.text(source), error.getLine(), text), text));
                continue;
            }
            List<RuleProblem> unresolved = UnresolvedNames.locate(text, source == null ? sources : List.of(source), files);
            if (!unresolved.isEmpty()) {
                problems.addAll(unresolved);
                continue;
            }
            // The compiler named the file: the mistake is there, even where the words it quotes stand elsewhere too.
            List<RuleProblem> found = source == null ? List.of() : findQuoted(text, List.of(source), files, problems);
            if (found.isEmpty()) {
                found = findQuoted(text, sources, files, problems);
            }
            if (!found.isEmpty()) {
                problems.addAll(found);
            } else {
                problems.add(new RuleProblem(source != null ? source : "?", 0, text));
            }
        }
        return new ArrayList<>(problems);
    }

    /**
     * Finds the first DRL line containing a fragment the message quotes, or the expression it ends with
     * ("Unable to parse left part of expression: loanToValue > 90").
     */
    private static List<RuleProblem> findQuoted(String text, Iterable<String> sources, RuleFiles files,
                                                Set<RuleProblem> found) {
        List<String> fragments = new ArrayList<>();
        // "The method off(RuleContext, …) is undefined": the call as the DRL writes it, before any name it quotes.
        Matcher method = UNDEFINED_METHOD.matcher(text);
        if (method.find()) {
            // Rules whose consequences read alike share one compiled consequence, and its error comes once:
            // every call is the mistake.
            List<RuleProblem> calls = linesContaining("." + method.group(1) + "(", sources, files, text);
            if (!calls.isEmpty()) {
                return calls;
            }
        }
        // The whole expression a message ends with first: a word quoted within it ("red") stands in other lines too.
        int colon = text.lastIndexOf(": ");
        if (colon >= 0) {
            fragments.add(text.substring(colon + 2));
        }
        Matcher matcher = QUOTED.matcher(text);
        while (matcher.find()) {
            fragments.add(matcher.group(1) != null ? matcher.group(1)
                    : matcher.group(2) != null ? matcher.group(2) : matcher.group(3));
        }
        int quoted = fragments.size(); // the fragments after these are bare names
        // An error in generated Java quotes no DRL; the names it mentions (a method, a variable) are the DRL's.
        Matcher names = NAME.matcher(text);
        List<String> byLength = new ArrayList<>();
        while (names.find()) {
            String name = names.group().endsWith("()") ? names.group().substring(0, names.group().length() - 1)
                    : names.group();
            if (!ENGLISH.contains(name)) {
                byLength.add(name);
            }
        }
        byLength.sort(java.util.Comparator.comparingInt(String::length).reversed());
        fragments.addAll(byLength);
        for (int f = 0; f < fragments.size(); f++) {
            String wanted = fragments.get(f).strip();
            if (wanted.length() < 2) {
                continue;
            }
            for (String source : sources) {
                String[] lines = files.text(source).split("\r?\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    // A bare name is no clue in an import, where every type the rules use is named.
                    boolean header = lines[i].startsWith("import ") || lines[i].startsWith("package ");
                    RuleProblem candidate = new RuleProblem(source, i + 1, text);
                    // The same mistake twice is two problems: the next line saying it is the next one.
                    if (lines[i].contains(wanted) && !(header && f >= quoted) && !found.contains(candidate)) {
                        return List.of(candidate);
                    }
                }
            }
        }
        return List.of();
    }

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

    private static List<RuleProblem> linesContaining(String wanted, Iterable<String> sources, RuleFiles files,
                                                     String text) {
        List<RuleProblem> lines = new ArrayList<>();
        for (String source : sources) {
            String[] all = files.text(source).split("\r?\n", -1);
            for (int i = 0; i < all.length; i++) {
                if (all[i].contains(wanted)) {
                    lines.add(new RuleProblem(source, i + 1, text));
                }
            }
        }
        return lines;
    }

    /** The exec model follows a Java error with the whole generated class; the error itself is enough. */
    private static boolean isGeneratedSourceDump(Message error) {
        return error.getText().startsWith("Java source of ");
    }

    private static String firstLine(String text) {
        String stripped = text.strip();
        int newline = stripped.indexOf('\n');
        return newline < 0 ? stripped : stripped.substring(0, newline).strip();
    }
}
