package hk.negequity.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Run by the build (see pom.xml): compiles a rule directory's DRL and writes it as
 * {@code <out>/<rulesVersion>.kjar} (the hash of the .drl files), for {@link PrecompiledRules} to find. A rule directory
 * that does not compile fails the build, naming each problem by file and line.
 */
public final class RulePrecompiler {

    private RulePrecompiler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: RulePrecompiler RULE_DIR OUTPUT_DIR");
            System.exit(2);
        }
        RuleFiles files = RuleFiles.read(Path.of(args[0]));
        List<RuleProblem> problems = new ArrayList<>();
        byte[] kjar = precompile(files, problems);
        if (kjar == null) {
            problems.forEach(System.err::println);
            System.exit(1);
        }
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        // Only the bundled rules' own kjar goes into the jar: an earlier build's, for rules since changed, is dead weight.
        try (var earlier = Files.newDirectoryStream(out, "*.kjar")) {
            for (Path kjarFile : earlier) {
                Files.delete(kjarFile);
            }
        }
        Path written = Files.write(out.resolve(files.rulesVersion() + ".kjar"), kjar);
        System.out.println("precompiled " + args[0] + " as " + written);
    }

    /** The kjar of the rule files' DRL, or null with the problems listed. */
    static byte[] precompile(RuleFiles files, List<RuleProblem> problems) {
        Map<String, DrlOutline> outlines = new TreeMap<>();
        for (String name : files.namesEndingWith(".drl")) {
            outlines.put(name, DrlOutline.parse(name, files.text(name)));
        }
        return outlines.isEmpty() ? null : KieBaseCompiler.compileToKjar(files, outlines, problems);
    }
}
