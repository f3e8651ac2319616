package hk.negequity.explain;

import hk.negequity.model.AdviceRequest;
import hk.negequity.model.Borrower;
import hk.negequity.model.Loan;
import hk.negequity.model.Property;
import hk.negequity.model.Scenario;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** The borrower's facts a request gives, by path: {@code loan.amount}, {@code borrower.liquidReserves}. */
public final class InputPaths {

    /**
     * A part of the request, with its components and their paths found once: {@code getRecordComponents}
     * builds new reflection objects on every call, which cost a tenth of a request's time when it was called
     * per request, and a path made per request is a new string each time.
     */
    private record Part(String prefix, Function<AdviceRequest, Record> of, RecordComponent[] components,
                        String[] paths) {

        Part(String prefix, Class<? extends Record> type, Function<AdviceRequest, Record> of) {
            this(prefix, of, type.getRecordComponents(), Arrays.stream(type.getRecordComponents())
                    .map(component -> prefix + "." + component.getName()).toArray(String[]::new));
        }
    }

    /** In the order of their names, as {@link #all()} lists them. */
    private static final List<Part> PARTS = List.of(
            new Part("borrower", Borrower.class, AdviceRequest::borrower),
            new Part("loan", Loan.class, AdviceRequest::loan),
            new Part("property", Property.class, AdviceRequest::property),
            new Part("scenario", Scenario.class, AdviceRequest::scenario));

    private static final Set<String> ALL = all(PARTS);

    private InputPaths() {
    }

    /** Every fact a request can give. */
    public static Set<String> all() {
        return ALL;
    }

    private static Set<String> all(List<Part> parts) {
        Set<String> all = new LinkedHashSet<>();
        for (Part part : parts) {
            all.addAll(Arrays.asList(part.paths()));
        }
        return Collections.unmodifiableSet(all);
    }

    public static Set<String> given(AdviceRequest request) {
        Set<String> given = new LinkedHashSet<>();
        for (Part part : PARTS) {
            Record value = part.of().apply(request);
            RecordComponent[] components = part.components();
            for (int i = 0; i < components.length; i++) {
                try {
                    if (components[i].getAccessor().invoke(value) != null) {
                        given.add(part.paths()[i]);
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + part.paths()[i], e);
                }
            }
        }
        return given;
    }
}
