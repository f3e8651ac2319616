package hk.negequity.cli;

import hk.negequity.engine.BundledRules;
import hk.negequity.engine.RuleProblem;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Where the rules come from: the directory given, else ADVISOR_RULES, else the copy inside the jar. */
final class RuleDirectories {

    static final String ENV = "ADVISOR_RULES";

    private RuleDirectories() {
    }

    static Path choose(String given, Map<String, String> env) throws IOException {
        if (given != null) {
            return Path.of(given);
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return BundledRules.directory();
    }

    /** For {@code check}: also ./rules, where an analyst working in the repository keeps them. */
    static Path chooseForCheck(String given, Map<String, String> env) throws IOException {
        if (given == null && (env.get(ENV) == null || env.get(ENV).isBlank()) && Files.isDirectory(Path.of("rules"))) {
            return Path.of("rules");
        }
        return choose(given, env);
    }

    static String describe(Path dir) {
        return dir.getFileSystem().equals(java.nio.file.FileSystems.getDefault()) ? dir.toString()
                : "the bundled rule set";
    }

    /**
     * Each problem as {@code file:line: message} ({@code file: message} for the file as a whole), the file under the directory it is in when that is on disk (the
     * bundled rules' files by their names), so that an editor or a terminal can open it.
     */
    static void printProblems(PrintStream out, Path dir, List<RuleProblem> problems) {
        boolean onDisk = dir.getFileSystem().equals(FileSystems.getDefault());
        for (RuleProblem problem : problems) {
            // A directory that could not be read is its own problem's file.
            boolean inDir = onDisk && !problem.file().equals(dir.toString());
            String file = inDir ? dir.resolve(problem.file()).normalize().toString() : problem.file();
            out.println(new RuleProblem(file, problem.line(), problem.message()));
        }
    }
}
