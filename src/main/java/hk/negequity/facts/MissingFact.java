package hk.negequity.facts;

import java.util.Collection;
import java.util.List;

/**
 * A fact a pre-approval needs that the request does not give, by its path in the request, with the advice codes
 * its answer could bring (the limits it decides): what the answer's {@code needs} says it unlocks.
 */
public record MissingFact(String path, List<String> decides) {

    public MissingFact(String path, String... decides) {
        this(path, List.of(decides));
    }

    /** A missing fact deciding the codes given, those null left out: a rule names a code only where it applies. */
    public static MissingFact of(String path, String... decides) {
        return new MissingFact(path, java.util.Arrays.stream(decides).filter(java.util.Objects::nonNull).toList());
    }

    /** The paths, sorted, for a stable answer. */
    public static List<String> paths(Collection<?> missing) {
        return missing.stream().map(m -> ((MissingFact) m).path()).distinct().sorted().toList();
    }
}
