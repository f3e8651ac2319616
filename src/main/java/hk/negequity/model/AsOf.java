package hk.negequity.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The date the advice is given for: the request's {@code asOf}, or today in Hong Kong. */
public record AsOf(LocalDate date) {

    /**
     * The dates rules name, parsed once: a rule's condition runs on every evaluation, and parsing a date
     * there was a hundredth of the rules' time. As many entries as the rule files name dates.
     */
    private static final Map<String, LocalDate> RULE_DATES = new ConcurrentHashMap<>();

    /** Whether this is {@code isoDate} (YYYY-MM-DD) or later: for a rule that takes effect on a day. */
    public boolean onOrAfter(String isoDate) {
        return !date.isBefore(ruleDate(isoDate));
    }

    /** A date a rule names, as YYYY-MM-DD, parsed on its first use only. */
    public static LocalDate ruleDate(String isoDate) {
        LocalDate day = RULE_DATES.get(isoDate);
        if (day == null) {
            day = LocalDate.parse(isoDate);
            RULE_DATES.putIfAbsent(isoDate, day);
        }
        return day;
    }
}
