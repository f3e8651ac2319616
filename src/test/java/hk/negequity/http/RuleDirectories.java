package hk.negequity.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The project's rules, and the changes tests make to a copy of them ({@link hk.negequity.RuleCopies}). */
final class RuleDirectories {

    static final Path RULES = Path.of("rules");

    private RuleDirectories() {
    }


    /** Replaces the English title of LTV_ABOVE_SAFE_LEVEL: a visible change of the rule set. */
    static void retitle(Path dir, String title) throws IOException {
        Path english = dir.resolve("messages/en.properties");
        String text = Files.readString(english).replaceAll("(?m)^LTV_ABOVE_SAFE_LEVEL\\.title = .*$",
                "LTV_ABOVE_SAFE_LEVEL.title = " + title);
        Files.writeString(english, text);
    }

    /** Breaks a rule file at a known line. */
    static void breakLtv(Path dir) throws IOException {
        Path ltv = dir.resolve("ltv.drl");
        Files.writeString(ltv, Files.readString(ltv).replace("Figures( ltvPct > 80, ltvPct < 90,",
                "Figures( ltvPct > 80 ltvPct < 90,"));
    }
}
