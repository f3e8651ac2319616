package hk.negequity.explain;

import hk.negequity.model.AdviceRequest;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The borrower's facts a request gives, by path: {@code loan.amount}, {@code borrower.liquidReserves}. */
public final class InputPaths {

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
        Map<String, Record> parts = Map.of("property", request.property(), "loan", request.loan(),
                "borrower", request.borrower(), "scenario", request.scenario());
        parts.forEach((prefix, part) -> {
            for (RecordComponent component : part.getClass().getRecordComponents()) {
                try {
                    if (component.getAccessor().invoke(part) != null) {
                        given.add(prefix + "." + component.getName());
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + prefix + "." + component.getName(), e);
                }
            }
        });
        return given;
    }
}
