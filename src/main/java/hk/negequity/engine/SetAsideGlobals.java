package hk.negequity.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.PackageDescr;

/**
 * What a broken file set aside from a build still gives the files built without it: its globals, so that the
 * others' use of them does not read as their own mistake.
 */
final class SetAsideGlobals {

    /** A global's type (its type arguments read and dropped: a raw type serves the others as well) and name. */
    private static final Pattern GLOBAL = Pattern.compile(
            "^\\s*global\\s+([\\w.]+)\\s*(?:<[^;\\n]*>)?\\s*((?:\\[\\s*]\\s*)*)\\s*(\\w+)", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+([\\w.]+(?:\\.\\*)?)", Pattern.MULTILINE);

    private SetAsideGlobals() {
    }

    /**
     * A file set aside, reduced to its package and those of its globals whose type resolves, written in full:
     * its imports are not copied, and a global misspelt is left out, since either may be the very mistake. Of a
     * file that does not parse, the globals and imports its lines declare.
     */
    static String of(DrlOutline outline, RuleFiles files) {
        Map<String, String> globals = new LinkedHashMap<>();
        List<String> imports = new ArrayList<>();
        PackageDescr descr = outline.descr();
        if (descr != null) {
            descr.getGlobals().forEach(global -> globals.put(global.getIdentifier(), global.getType()));
            descr.getImports().forEach(imported -> imports.add(imported.getTarget()));
        } else {
            String source = files.text(outline.file());
            GLOBAL.matcher(source).results().forEach(m -> globals.put(m.group(3),
                    m.group(1) + m.group(2).replaceAll("\\s", "")));
            IMPORT.matcher(source).results().forEach(m -> imports.add(m.group(1)));
        }
        StringBuilder text = new StringBuilder();
        if (outline.packageName() != null) {
            text.append("package ").append(outline.packageName()).append('\n');
        }
        globals.forEach((name, type) -> {
            // Of a parsed file the type may carry type arguments or brackets too: the class is what resolves.
            String raw = type.replaceAll("<.*>", "").strip();
            String brackets = raw.contains("[") ? raw.substring(raw.indexOf('[')).replaceAll("\\s", "") : "";
            DrlTypes.resolve(raw.replaceAll("\\[.*", "").strip(), imports).ifPresent(resolved -> text.append("global ")
                    .append(java.util.Objects.requireNonNullElse(resolved.getCanonicalName(), resolved.getName())).append(brackets).append(' ').append(name).append('\n'));
        });
        return text.toString();
    }
}
