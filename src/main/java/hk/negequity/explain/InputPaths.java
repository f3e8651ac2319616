package hk.negequity.explain;

import hk.negequity.model.AdviceRequest;
import hk.negequity.model.Borrower;
import hk.negequity.model.Loan;
import hk.negequity.model.Property;
import hk.negequity.model.Scenario;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The borrower's facts a request gives, by path: {@code loan.amount}, {@code borrower.liquidReserves}. */
public final class InputPaths {

    /**
     * A part of the request, with its components and their paths found once: {@code getRecordComponents}
     * builds new reflection objects on every call, which cost a tenth of a request's time when it was called
     * per request, and a path made per request is a new string each time.
     */
    private record Part(String prefix, Function<AdviceRequest, Record> of, Method[] readers, String[] paths) {

        Part(String prefix, Class<? extends Record> type, Function<AdviceRequest, Record> of) {
            this(prefix, of, Arrays.stream(type.getRecordComponents()).map(InputPaths::reader).toArray(Method[]::new),
                    Arrays.stream(type.getRecordComponents())
                            .map(component -> prefix + "." + component.getName()).toArray(String[]::new));
        }
    }

    /** A component's accessor, its access checked once here rather than on every call (they are all public). */
    private static Method reader(RecordComponent component) {
        Method accessor = component.getAccessor();
        accessor.trySetAccessible();
        return accessor;
    }

    /** In the order of their names, as {@link #all()} lists them. */
    private static final List<Part> PARTS = List.of(
            new Part("borrower", Borrower.class, AdviceRequest::borrower),
            new Part("loan", Loan.class, AdviceRequest::loan),
            new Part("property", Property.class, AdviceRequest::property),
            new Part("scenario", Scenario.class, AdviceRequest::scenario));

    private static final Set<String> ALL = all(PARTS);

    /** The bit no request sets: {@link #givenBits} uses one per path, and there are fewer than 63 paths. */
    private static final int NEVER_GIVEN = 63;

    private static final Map<String, Integer> INDEX = index(ALL);

    private InputPaths() {
    }

    /** Every fact a request can give. */
    public static Set<String> all() {
        return ALL;
    }

    private static Map<String, Integer> index(Set<String> paths) {
        if (paths.size() >= NEVER_GIVEN) {
            throw new IllegalStateException(paths.size() + " input paths: more than a long's bits can stand for");
        }
        Map<String, Integer> index = new HashMap<>();
        for (String path : paths) {
            index.put(path, index.size());
        }
        return Map.copyOf(index);
    }

    private static Set<String> all(List<Part> parts) {
        Set<String> all = new LinkedHashSet<>();
        for (Part part : parts) {
            all.addAll(Arrays.asList(part.paths()));
        }
        return Collections.unmodifiableSet(all);
    }

    /**
     * The facts a request gives as bits, one per path in the order of {@link #all()}: whether a rule has every
     * input it reads is then one AND, where a set of paths took a lookup per input per rule on every answer.
     */
    static long givenBits(AdviceRequest request) {
        long bits = 0;
        int index = 0;
        for (Part part : PARTS) {
            Record value = part.of().apply(request);
            for (int i = 0; i < part.readers().length; i++) {
                try {
                    if (part.readers()[i].invoke(value) != null) {
                        bits |= 1L << index;
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + part.paths()[i], e);
                }
                index++;
            }
        }
        return bits;
    }

    /** Whether the fact at this path is among those {@code given} ({@link #givenBits}); one no request has never is. */
    static boolean isGiven(long given, String path) {
        long bit = bitsOf(List.of(path));
        return (given & bit) == bit;
    }

    /** The bits of {@link #givenBits} these paths take; a path no request gives takes one no request sets. */
    static long bitsOf(Collection<String> paths) {
        long bits = 0;
        for (String path : paths) {
            int index = INDEX.getOrDefault(path, NEVER_GIVEN);
            bits |= 1L << index;
        }
        return bits;
    }
}
