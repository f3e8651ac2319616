package hk.negequity.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The class a type name in a DRL file stands for, as the file's imports and java.lang resolve it. */
final class DrlTypes {

    private DrlTypes() {
    }

    /**
     * @param type    as written: a simple or a qualified name
     * @param imports the targets the file imports ({@code a.b.C} or {@code a.b.*})
     */
    static Optional<Class<?>> resolve(String type, Collection<String> imports) {
        List<String> candidates = new ArrayList<>();
        candidates.add(type);
        for (String target : imports) {
            if (target.endsWith("." + type)) {
                candidates.add(0, target);
            } else if (target.endsWith(".*")) {
                candidates.add(target.substring(0, target.length() - 1) + type);
            }
        }
        candidates.add("java.lang." + type);
        for (String candidate : candidates) {
            try {
                return Optional.of(Class.forName(candidate, false, DrlTypes.class.getClassLoader()));
            } catch (ClassNotFoundException | LinkageError e) {
                // Not this one.
            }
        }
        return Optional.empty();
    }
}
