package hk.negequity.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Consistency of the policy tables across rows: periods, references and band coverage. */
final class PolicyChecks {

    private final PolicyProblems problems;

    PolicyChecks(PolicyProblems problems) {
        this.problems = problems;
    }

    /** Two regimes in force from the same day would make the choice ambiguous: an overlapping period. */
    void uniqueDates(List<Regime> regimes, String text) {
        Map<LocalDate, Regime> seen = new HashMap<>();
        Map<String, Regime> ids = new HashMap<>();
        for (Regime regime : regimes) {
            Regime before = seen.putIfAbsent(regime.effectiveFrom(), regime);
            if (before != null) {
                problems.add(PolicyTablesReader.REGIMES, lineOf(text, regime.id()), "regime " + regime.id()
                        + " overlaps regime " + before.id() + ": both are in force from " + regime.effectiveFrom());
            }
            if (ids.putIfAbsent(regime.id(), regime) != null) {
                problems.add(PolicyTablesReader.REGIMES, lineOf(text, regime.id()), "regime id " + regime.id()
                        + " is used twice");
            }
        }
    }

    /**
     * Two MIP band tables in force from the same day, for completed or for uncompleted flats, would make
     * the choice ambiguous: an overlapping period.
     */
    void uniqueDates(List<MipVersion> versions, String text, String file) {
        Map<String, MipVersion> seen = new HashMap<>();
        for (MipVersion version : versions) {
            for (boolean completed : new boolean[] {true, false}) {
                String flats = completed ? "completed" : "uncompleted";
                MipVersion before = seen.putIfAbsent(flats + " " + version.effectiveFrom(completed), version);
                if (before != null) {
                    problems.add(file, lineOf(text, version.id()), "MIP version " + version.id() + " overlaps "
                            + before.id() + ": both apply to " + flats + " flats from "
                            + version.effectiveFrom(completed));
                }
            }
            if (seen.putIfAbsent("id " + version.id(), version) != null) {
                problems.add(file, lineOf(text, version.id()), "MIP version id " + version.id() + " is used twice");
            }
        }
    }

    /** Two special schemes open to the same agreement dates would make the limit ambiguous. */
    void disjoint(List<SpecialScheme> schemes, String text, String file) {
        for (int i = 0; i < schemes.size(); i++) {
            for (int j = 0; j < i; j++) {
                SpecialScheme later = schemes.get(i);
                SpecialScheme earlier = schemes.get(j);
                if (!later.agreementFrom().isAfter(earlier.agreementTo())
                        && !earlier.agreementFrom().isAfter(later.agreementTo())) {
                    problems.add(file, lineOf(text, later.id()), "special scheme " + later.id() + " overlaps "
                            + earlier.id() + ": both take agreements from "
                            + max(later.agreementFrom(), earlier.agreementFrom()) + " to "
                            + min(later.agreementTo(), earlier.agreementTo()));
                }
            }
        }
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /**
     * @param unread      the ids of regime rows that could not be read: their bands are no mistake of their own
     * @param unreadBands the regimes with a band row that could not be read: their coverage is not checked
     */
    void ltvBands(List<Regime> regimes, String regimesText, List<LtvBand> bands, Set<String> unread,
                  Set<String> unreadBands) {
        Set<String> ids = set(regimes.stream().map(Regime::id).toList());
        for (LtvBand band : bands) {
            if (!ids.contains(band.regime()) && !unread.contains(band.regime())) {
                problems.add(PolicyTablesReader.LTV_CAPS, band.line(), "no regime " + band.regime()
                        + " in " + PolicyTablesReader.REGIMES);
            }
        }
        group(bands.stream().filter(b -> !unreadBands.contains(b.regime())).toList(), b -> b.regime() + " " + b.use())
                .forEach((key, group) -> {
                    contiguous(PolicyTablesReader.LTV_CAPS, key, new ArrayList<ValueBand>(group), true);
                    // Every flat has an HKMA limit: the top band has no upper value (mortgage insurance's table ends).
                    LtvBand top = group.stream().max(Comparator.comparingDouble(LtvBand::valueUpTo)).orElseThrow();
                    if (!Double.isInfinite(top.valueUpTo())) {
                        problems.add(PolicyTablesReader.LTV_CAPS, top.line(), key + ": no band covers values above "
                                + plain(top.valueUpTo()) + "; leave valueUpTo blank on the top band");
                    }
                });
        for (Regime regime : regimes) {
            if (unreadBands.contains(regime.id())) {
                continue;
            }
            for (hk.negequity.model.Use use : hk.negequity.model.Use.values()) {
                if (bands.stream().noneMatch(b -> b.regime().equals(regime.id()) && b.use() == use)) {
                    // Reported at the regime's row: a regime added without its bands is the row to look at.
                    problems.add(PolicyTablesReader.REGIMES, lineOf(regimesText, regime.id()), "regime " + regime.id()
                            + " has no band for " + use + " in " + PolicyTablesReader.LTV_CAPS);
                }
            }
        }
    }

    /**
     * @param unread      the ids of version rows that could not be read: their bands are no mistake of their own
     * @param unreadBands the versions with a band row that could not be read: their coverage is not checked
     */
    void mipBands(List<MipVersion> versions, List<MipBand> bands, Set<String> unread, Set<String> unreadBands) {
        Set<String> ids = set(versions.stream().map(MipVersion::id).toList());
        for (MipBand band : bands) {
            if (!ids.contains(band.version()) && !unread.contains(band.version())) {
                problems.add(PolicyTablesReader.MIP_BANDS, band.line(), "no MIP version " + band.version()
                        + " in " + PolicyTablesReader.MIP_VERSIONS);
            }
        }
        // The ANY tier runs from 0 without gaps; the first-time-buyer tier only where it differs.
        group(bands.stream().filter(b -> !unreadBands.contains(b.version())).toList(), b -> b.version() + " " + b.tier())
                .forEach((key, group) ->
                contiguous(PolicyTablesReader.MIP_BANDS, key, new ArrayList<ValueBand>(group),
                        key.endsWith(MipTier.ANY.name())));
    }

    /** Bands sorted by value must not overlap; with {@code fromZero}, they must also start at 0 with no gap. */
    private void contiguous(String file, String key, List<ValueBand> bands, boolean fromZero) {
        bands.sort(Comparator.comparingDouble(ValueBand::valueAbove));
        double expected = 0;
        for (int i = 0; i < bands.size(); i++) {
            ValueBand band = bands.get(i);
            int line = lineOf(band);
            if (i > 0 && band.valueAbove() < expected) {
                problems.add(file, line, key + ": the band above " + plain(band.valueAbove()) + " overlaps "
                        + bandUpTo(expected));
            } else if ((i > 0 || fromZero) && band.valueAbove() > expected) {
                problems.add(file, line, key + ": no band covers values from " + plain(expected) + " to "
                        + plain(band.valueAbove()));
            }
            expected = Math.max(expected, band.valueUpTo());
        }
    }

    /** The band that ends at {@code upTo}; a blank valueUpTo is read as infinity, which has no plain digits. */
    private static String bandUpTo(double upTo) {
        return Double.isInfinite(upTo) ? "a band with no upper limit" : "the band up to " + plain(upTo);
    }

    private static int lineOf(ValueBand band) {
        return band instanceof LtvBand ltv ? ltv.line() : band instanceof MipBand mip ? mip.line() : 0;
    }

    static int lineOf(String text, String id) {
        if (text == null) {
            return 0;
        }
        String[] lines = text.split("\r?\n", -1);
        int found = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(id + ",")) {
                found = i + 1;
            }
        }
        return found;
    }

    static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Rows grouped by a key, each group in file order. */
    private static <T, K> Map<K, List<T>> group(List<T> rows, Function<T, K> key) {
        Map<K, List<T>> groups = new HashMap<>();
        for (T row : rows) {
            groups.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row);
        }
        return groups;
    }

    private static <T> Set<T> set(List<T> values) {
        return new HashSet<>(values);
    }
}
