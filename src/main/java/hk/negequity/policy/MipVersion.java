package hk.negequity.policy;

import java.time.LocalDate;

/**
 * A Mortgage Insurance Programme band table and the agreement dates from which it applies, for completed
 * and for uncompleted flats (facts file §4), a row of {@code rules/policy/mip-versions.csv}.
 */
public record MipVersion(String id, LocalDate completedFrom, LocalDate uncompletedFrom, String source) {

    public LocalDate effectiveFrom(boolean completed) {
        return completed ? completedFrom : uncompletedFrom;
    }
}
