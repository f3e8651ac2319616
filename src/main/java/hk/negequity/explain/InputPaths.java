package hk.negequity.explain;

import hk.negequity.model.AdviceRequest;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The borrower's facts a request gives, by path: {@code loan.amount}, {@code borrower.liquidReserves}. */
public final class InputPaths {

    /**
     * Each part's components, found once: {@code getRecordComponents} builds new reflection objects on every
     * call, which cost a tenth of a request's time when it was called per request.
     */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private InputPaths() {
    }

    /** Every fact a request can give. */
    public static Set<String> all() {
        Set<String> all = new LinkedHashSet<>();
        Map<String, Class<? extends Record>> parts = new java.util.TreeMap<>(Map.of("property",
                hk.negequity.model.Property.class, "loan", hk.negequity.model.Loan.class, "borrower",
                hk.negequity.model.Borrower.class, "scenario", hk.negequity.model.Scenario.class));
        parts.forEach((prefix, type) -> {
            for (RecordComponent component : type.getRecordComponents()) {
                all.add(prefix + "." + component.getName());
            }
        });
        return all;
    }

    public static Set<String> given(AdviceRequest request) {
        Set<String> given = new LinkedHashSet<>();
        add(given, "property", request.property());
        add(given, "loan", request.loan());
        add(given, "borrower", request.borrower());
        add(given, "scenario", request.scenario());
        return given;
    }

    private static void add(Set<String> given, String prefix, Record part) {
        for (RecordComponent component : COMPONENTS.get(part.getClass())) {
            Method accessor = component.getAccessor();
            try {
                if (accessor.invoke(part) != null) {
                    given.add(prefix + "." + component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + prefix + "." + component.getName(), e);
            }
        }
    }
}
