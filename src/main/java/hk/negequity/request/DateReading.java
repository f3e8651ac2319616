package hk.negequity.request;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** A JSON string read as a calendar date within the years the service answers for, or why it is refused. */
final class DateReading {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);

    private DateReading() {
    }

    /** @param text the string given, or null when the value was not a string */
    static Reading<LocalDate> date(String text) {
        if (text == null || !DATE.matcher(text).matches()) {
            return Reading.refused("must be a date written YYYY-MM-DD");
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)) {
                return Reading.refused("must be between " + EARLIEST_DATE + " and " + LATEST_DATE);
            }
            return Reading.taken(date);
        } catch (DateTimeException e) {
            return Reading.refused("is not a real calendar date");
        }
    }
}
