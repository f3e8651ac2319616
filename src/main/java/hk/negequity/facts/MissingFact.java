package hk.negequity.facts;

import java.util.Collection;
import java.util.List;

/** A fact a pre-approval needs that the request does not give, by its path in the request. */
public record MissingFact(String path) {

    /** The paths, sorted, for a stable answer. */
    public static List<String> paths(Collection<?> missing) {
        return missing.stream().map(m -> ((MissingFact) m).path()).distinct().sorted().toList();
    }
}
