package hk.negequity.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.internal.builder.conf.LanguageLevelOption;

/**
 * What a DRL file declares, read with Drools' own parser without compiling it: its package and its rules
 * with their lines. The loader uses it to place rules on the disk and to report problems by line.
 */
public record DrlOutline(String file, String packageName, List<RuleDescr> rules, PackageDescr descr) {

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);

    /**
     * Parses {@code text}; an unparseable file gives an outline with no rules (the compiler reports why),
     * and the package its first line declares.
     */
    public static DrlOutline parse(String file, String text) {
        DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
        try {
            PackageDescr descr = parser.parse(false, text);
            if (descr != null && !parser.hasErrors()) {
                return new DrlOutline(file, descr.getNamespace(), new ArrayList<>(descr.getRules()), descr);
            }
        } catch (DroolsParserException | RuntimeException | StackOverflowError e) {
            // Fall through: the compiler reports the same error with its line (or, for brackets nested past
            // reason, which run the parser out of stack, the check on their depth).
        }
        Matcher declared = PACKAGE.matcher(text);
        return new DrlOutline(file, declared.find() ? declared.group(1) : null, List.of(), null);
    }

    public Optional<RuleDescr> rule(String name) {
        return rules.stream().filter(r -> r.getName().equals(name)).findFirst();
    }

    public int lineOf(String ruleName) {
        return rule(ruleName).map(RuleDescr::getLine).orElse(0);
    }
}
