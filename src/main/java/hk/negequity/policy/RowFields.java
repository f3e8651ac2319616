package hk.negequity.policy;

import hk.negequity.model.Use;
import java.time.DateTimeException;
import java.time.LocalDate;

/** Typed access to one row's cells; the first bad cell marks the row as not ok. */
final class RowFields {

    private final CsvTable.Row row;
    private final PolicyProblems problems;
    private boolean ok = true;

    RowFields(CsvTable.Row row, PolicyProblems problems) {
        this.row = row;
        this.problems = problems;
    }

    /** Whether every cell read so far was good. */
    boolean ok() {
        return ok;
    }

    int line() {
        return row.line();
    }

    void fail(String message) {
        problems.add(row.file(), row.line(), message);
        ok = false;
    }

    String text(String column) {
        return row.cell(column).orElseGet(() -> {
            fail("'" + column + "' is empty");
            return "";
        });
    }

    LocalDate date(String column) {
        String text = text(column);
        try {
            return text.isEmpty() ? LocalDate.MIN : LocalDate.parse(text);
        } catch (DateTimeException e) {
            fail("'" + column + "' is not a date written YYYY-MM-DD: " + text);
            return LocalDate.MIN;
        }
    }

    boolean bool(String column) {
        String text = text(column);
        if (!text.equals("true") && !text.equals("false")) {
            fail("'" + column + "' must be true or false, not " + text);
        }
        return text.equals("true");
    }

    double number(String column, double min, double max) {
        if (row.cell(column).isEmpty()) {
            fail("'" + column + "' is empty");
            return 0;
        }
        Double value = optionalNumber(column, min, max);
        return value == null ? 0 : value; // not a number: reported already
    }

    double pct(String column) {
        return number(column, 0, 100);
    }

    Double optionalNumber(String column, double min, double max) {
        String text = row.cell(column).orElse(null);
        if (text == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.replace("_", ""));
            if (!(value >= min && value <= max)) {
                fail("'" + column + "' must be between " + min + " and " + max + ", not " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            fail("'" + column + "' is not a number: " + text);
            return null;
        }
    }

    /** An empty upper bound is an open top band. */
    double upperBound(String column) {
        Double value = optionalNumber(column, 0, 1e12);
        return value == null ? Double.POSITIVE_INFINITY : value;
    }

    Use use(String column) {
        return enumValue(column, Use.class);
    }

    MipTier tier(String column) {
        return enumValue(column, MipTier.class);
    }

    private <E extends Enum<E>> E enumValue(String column, Class<E> type) {
        String text = text(column);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        fail("'" + column + "' must be one of " + java.util.Arrays.toString(type.getEnumConstants()) + ", not "
                + text);
        return null;
    }

    void oneLimit(ValueBand band) {
        if (!ok) {
            return;
        }
        if ((band.maxLtvPct() == null) == (band.loanCap() == null)) {
            fail("give either maxLtvPct or loanCap, not both or neither");
        } else if (band.valueUpTo() <= band.valueAbove()) {
            fail("valueUpTo must be above valueAbove");
        } else if (band.loanCap() != null && band.loanCap() > band.valueAbove()) {
            // A cap band holds the loan below the values it covers (HK$10.5M from HK$15M): above its lowest value,
            // the cap would lend more than the flat is worth there.
            fail("loanCap " + PolicyChecks.plain(band.loanCap()) + " is above the band's lowest value, "
                    + PolicyChecks.plain(band.valueAbove()) + ": it would lend more than 100% of the flat's value");
        }
    }
}
