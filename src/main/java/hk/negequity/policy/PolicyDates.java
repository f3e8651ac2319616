package hk.negequity.policy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The dated tables as they are kept: each row in force after the one above it, and an id that is a date naming the
 * day its row came into force. A date mistyped (2023-07-01 for 2024-02-28) breaks one or the other, where every row
 * would still read well on its own and the regime chosen for a date would silently change.
 */
final class PolicyDates {

    private final PolicyProblems problems;

    PolicyDates(PolicyProblems problems) {
        this.problems = problems;
    }

    void regimes(List<Regime> regimes, String text) {
        inOrder(regimes, text, PolicyTablesReader.REGIMES, "regime", Regime::id, Regime::effectiveFrom, "in force from",
                true);
    }

    /** An id names the completed flats' date; the uncompleted flats' date is checked for its order only. */
    void mipVersions(List<MipVersion> versions, String text) {
        inOrder(versions, text, PolicyTablesReader.MIP_VERSIONS, "MIP version", MipVersion::id,
                MipVersion::completedFrom, "for completed flats from", true);
        inOrder(versions, text, PolicyTablesReader.MIP_VERSIONS, "MIP version", MipVersion::id,
                MipVersion::uncompletedFrom, "for uncompleted flats from", false);
    }

    /** @param idNamesTheDay whether an id that is a date must be this date */
    private <T> void inOrder(List<T> rows, String text, String file, String what, Function<T, String> id,
                             Function<T, LocalDate> from, String inForce, boolean idNamesTheDay) {
        LocalDate before = null;
        for (T row : rows) {
            LocalDate date = from.apply(row);
            LocalDate named = idNamesTheDay ? dateIn(id.apply(row)) : null;
            int line = PolicyChecks.lineOf(text, id.apply(row));
            if (named != null && !named.equals(date)) {
                problems.add(file, line, what + " " + id.apply(row) + " is " + inForce + " " + date + ": an id that is"
                        + " a date names the day its row came into force; is one of them mistyped?");
                continue; // its date is the mistake, not the next row's order
            }
            if (before != null && date.isBefore(before)) {
                problems.add(file, line, what + " " + id.apply(row) + " is " + inForce + " " + date + ", before the"
                        + " row above it (" + before + "): rows go in the order they came into force; is a date"
                        + " mistyped?");
            }
            before = date;
        }
    }

    private static LocalDate dateIn(String id) {
        if (!id.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        try {
            return LocalDate.parse(id);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
