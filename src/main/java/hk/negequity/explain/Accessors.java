package hk.negequity.explain;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Reads a property or calls a method by name, the way a rule condition does: {@code ltvPct}, {@code id()}. */
final class Accessors {

    /** Each class's readers by property name, found once; a name with no reader is remembered as such. */
    private static final ClassValue<Map<String, Optional<Method>>> READERS = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    /**
     * Each class's methods by name, then by number of arguments, found once ({@code getMethods} copies them
     * all); two plain lookups, where a key naming both would be a new string on every call.
     */
    private static final ClassValue<Map<String, Map<Integer, Optional<Method>>>> METHODS = new ClassValue<>() {
        @Override
        protected Map<String, Map<Integer, Optional<Method>>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private static final Object[] NO_ARGUMENTS = new Object[0];

    private Accessors() {
    }

    /** The property's reader on this fact, or null where it has none (the name is then something else's). */
    static Method readerOf(Object target, String name) {
        return target == null ? null : reader(target.getClass(), name);
    }

    static Object read(Object target, Method reader) {
        return invoke(reader, target, NO_ARGUMENTS);
    }

    static Object read(Object target, String name) {
        Method method = reader(target.getClass(), name);
        if (method == null) {
            throw new IllegalArgumentException(target.getClass().getSimpleName() + " has no property '" + name + "'");
        }
        return invoke(method, target, NO_ARGUMENTS);
    }

    static Object call(Object target, String name, Object[] args) {
        Class<?> type = target.getClass();
        Map<Integer, Optional<Method>> byArity = METHODS.get(type).computeIfAbsent(name, n -> new ConcurrentHashMap<>());
        Optional<Method> known = byArity.get(args.length);
        if (known == null) {
            known = byArity.computeIfAbsent(args.length, arity -> Optional.ofNullable(findMethod(type, name, arity)));
        }
        Method method = known.orElse(null);
        if (method != null) {
            return invoke(method, target, convert(method.getParameterTypes(), args));
        }
        throw new IllegalArgumentException(target.getClass().getSimpleName() + " has no method " + name + " of "
                + args.length + " argument(s)");
    }

    private static Method findMethod(Class<?> type, String name, int arity) {
        for (Method method : type.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == arity) {
                return accessible(method);
            }
        }
        return null;
    }

    private static Method reader(Class<?> type, String name) {
        Map<String, Optional<Method>> readers = READERS.get(type);
        Optional<Method> known = readers.get(name); // found before nearly always: a plain read, no locking
        if (known == null) {
            known = readers.computeIfAbsent(name, n -> Optional.ofNullable(findReader(type, n)));
        }
        return known.orElse(null);
    }

    private static Method findReader(Class<?> type, String name) {
        String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String candidate : new String[] {name, "get" + capitalised, "is" + capitalised}) {
            try {
                Method method = type.getMethod(candidate);
                if (!Modifier.isStatic(method.getModifiers()) && method.getReturnType() != void.class) {
                    return accessible(method);
                }
            } catch (NoSuchMethodException e) {
                // try the next spelling
            }
        }
        return null;
    }

    /**
     * A public method found once, its access checked here rather than on every call: a public method of a class
     * that is not (a fact record within its package) otherwise took the slow access check each time, about 1% of a
     * batch's time in a profile.
     */
    private static Method accessible(Method method) {
        method.trySetAccessible();
        return method;
    }

    private static Object invoke(Method method, Object target, Object[] args) {
        try {
            return method.invoke(target, args);
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot call " + target.getClass().getSimpleName() + "."
                    + method.getName() + java.util.Arrays.toString(args), e);
        }
    }

    /** Rule literals are read as BigDecimal; methods want double, int or boolean. */
    private static Object[] convert(Class<?>[] types, Object[] args) {
        Object[] converted = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            if (arg instanceof Number number && !types[i].isInstance(arg)) {
                if (types[i] == double.class || types[i] == Double.class) {
                    arg = number.doubleValue();
                } else if (types[i] == int.class || types[i] == Integer.class) {
                    arg = number.intValue();
                } else if (types[i] == BigDecimal.class) {
                    arg = new BigDecimal(number.toString());
                }
            }
            converted[i] = arg;
        }
        return converted;
    }
}
