package hk.negequity.explain;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A class named in a condition, for its enum constants: {@code Scheme.STAFF_LOAN}. One per class, with its
 * constants looked up once by name: {@code Class.forName} is not cheap, and conditions name them per request.
 */
final class TypeName {

    private static final Map<String, TypeName> BY_CLASS = new ConcurrentHashMap<>();

    private final String className;
    private final Map<String, Object> constants = new ConcurrentHashMap<>();

    private TypeName(String className) {
        this.className = className;
    }

    static TypeName of(String className) {
        TypeName known = BY_CLASS.get(className);
        return known != null ? known : BY_CLASS.computeIfAbsent(className, TypeName::new);
    }

    Object constant(String name) {
        Object known = constants.get(name);
        return known != null ? known : constants.computeIfAbsent(name, this::find);
    }

    private Object find(String name) {
        try {
            Class<?> type = Class.forName(className);
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(name)) {
                    return constant;
                }
            }
        } catch (ClassNotFoundException | NullPointerException e) {
            throw new IllegalArgumentException(className + "." + name + " is not an enum constant", e);
        }
        throw new IllegalArgumentException(className + " has no constant " + name);
    }
}
