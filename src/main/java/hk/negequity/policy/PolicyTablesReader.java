package hk.negequity.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the CSV tables under {@code policy/} and checks them: real dates, numbers in range, known
 * regimes and versions, no two rows for the same period or value band, no gap in a band table. Every
 * problem is reported with its file and line.
 */
public final class PolicyTablesReader {

    public static final String DIR = "policy/";
    static final String REGIMES = DIR + "regimes.csv";
    static final String LTV_CAPS = DIR + "ltv-caps.csv";
    static final String MIP_VERSIONS = DIR + "mip-versions.csv";
    static final String MIP_BANDS = DIR + "mip-bands.csv";
    static final String SPECIAL_SCHEMES = DIR + "special-schemes.csv";
    /** Every table, each read whole by the rules that use the policy tables. */
    public static final List<String> TABLES = List.of(REGIMES, LTV_CAPS, MIP_VERSIONS, MIP_BANDS, SPECIAL_SCHEMES);

    private final PolicyProblems problems = new PolicyProblems();
    /** By table, the ids of rows that could not be read: reported once, and not again by every row naming them. */
    private final Map<String, Set<String>> unreadIds = new HashMap<>();

    /**
     * @param texts the policy files' contents by their name in the rule directory; absent tables are empty
     */
    public PolicyTables read(Map<String, String> texts) {
        List<Regime> regimes = rows(texts, REGIMES, List.of("id", "effectiveFrom", "dsrCapSelfUsePct",
                "dsrCapNonSelfUsePct", "stressTest", "stressRateAddPct", "stressedDsrCapSelfUsePct",
                "stressedDsrCapNonSelfUsePct", "source"), this::regime);
        List<LtvBand> ltvBands = rows(texts, LTV_CAPS, List.of("regime", "use", "valueAbove", "valueUpTo",
                "maxLtvPct", "loanCap", "source"), this::ltvBand);
        List<MipVersion> versions = rows(texts, MIP_VERSIONS, List.of("id", "completedFrom", "uncompletedFrom",
                "source"), this::mipVersion);
        List<MipBand> mipBands = rows(texts, MIP_BANDS, List.of("version", "tier", "valueAbove", "valueUpTo",
                "maxLtvPct", "loanCap", "dsrCapPct", "source"), this::mipBand);
        List<SpecialScheme> schemes = rows(texts, SPECIAL_SCHEMES, List.of("id", "availableFrom", "agreementFrom",
                "agreementTo", "maxLtvPct", "dsrCapPct", "source"), this::specialScheme);
        PolicyChecks checks = new PolicyChecks(problems);
        checks.uniqueDates(regimes, texts.get(REGIMES));
        checks.ltvBands(regimes, texts.get(REGIMES), ltvBands, unreadIds.getOrDefault(REGIMES, Set.of()),
                unreadIds.getOrDefault(LTV_CAPS, Set.of()));
        checks.mipBands(versions, mipBands, unreadIds.getOrDefault(MIP_VERSIONS, Set.of()),
                unreadIds.getOrDefault(MIP_BANDS, Set.of()));
        checks.uniqueDates(versions, texts.get(MIP_VERSIONS), MIP_VERSIONS);
        checks.disjoint(schemes, texts.get(SPECIAL_SCHEMES), SPECIAL_SCHEMES);
        PolicyDates dates = new PolicyDates(problems);
        dates.regimes(regimes, texts.get(REGIMES));
        dates.mipVersions(versions, texts.get(MIP_VERSIONS));
        return new PolicyTables(regimes, ltvBands, versions, mipBands, schemes);
    }

    public PolicyProblems problems() {
        return problems;
    }

    private <T> List<T> rows(Map<String, String> texts, String file, List<String> columns,
                             Function<RowFields, T> build) {
        String text = texts.get(file);
        if (text == null) {
            return List.of();
        }
        List<T> result = new ArrayList<>();
        CsvTable table = CsvTable.parse(file, text, columns, problems);
        for (CsvTable.Row row : table.rows()) {
            RowFields fields = new RowFields(row, problems);
            T value = build.apply(fields);
            if (fields.ok()) {
                result.add(value);
            } else {
                unread(file, row);
            }
        }
        table.rejected().forEach(row -> unread(file, row));
        return result;
    }

    /**
     * A row that could not be read: its id, or for a band the regime or version it belongs to, whose coverage is then
     * not checked (a band left out for its own mistake would read as a gap too).
     */
    private void unread(String file, CsvTable.Row row) {
        String key = file.equals(LTV_CAPS) ? "regime" : file.equals(MIP_BANDS) ? "version" : "id";
        row.cell(key).ifPresent(id -> unreadIds.computeIfAbsent(file, f -> new HashSet<>()).add(id));
    }

    private Regime regime(RowFields f) {
        boolean stress = f.bool("stressTest");
        Regime regime = new Regime(f.text("id"), f.date("effectiveFrom"), f.pct("dsrCapSelfUsePct"),
                f.pct("dsrCapNonSelfUsePct"), stress, f.optionalNumber("stressRateAddPct", 0, 10),
                f.optionalNumber("stressedDsrCapSelfUsePct", 0, 100),
                f.optionalNumber("stressedDsrCapNonSelfUsePct", 0, 100), f.text("source"));
        if (f.ok() && stress && (regime.stressRateAddPct() == null || regime.stressedDsrCapSelfUsePct() == null
                || regime.stressedDsrCapNonSelfUsePct() == null)) {
            f.fail("a regime with a stress test needs stressRateAddPct and both stressed DSR caps");
        }
        return regime;
    }

    private LtvBand ltvBand(RowFields f) {
        LtvBand band = new LtvBand(f.text("regime"), f.use("use"), f.number("valueAbove", 0, 1e12),
                f.upperBound("valueUpTo"), f.optionalNumber("maxLtvPct", 0, 100), f.optionalNumber("loanCap", 0, 1e12),
                f.text("source"), f.line());
        f.oneLimit(band);
        return band;
    }

    private MipVersion mipVersion(RowFields f) {
        return new MipVersion(f.text("id"), f.date("completedFrom"), f.date("uncompletedFrom"), f.text("source"));
    }

    private MipBand mipBand(RowFields f) {
        MipBand band = new MipBand(f.text("version"), f.tier("tier"), f.number("valueAbove", 0, 1e12),
                f.upperBound("valueUpTo"), f.optionalNumber("maxLtvPct", 0, 100), f.optionalNumber("loanCap", 0, 1e12),
                f.pct("dsrCapPct"), f.text("source"), f.line());
        f.oneLimit(band);
        return band;
    }

    private SpecialScheme specialScheme(RowFields f) {
        SpecialScheme scheme = new SpecialScheme(f.text("id"), f.date("availableFrom"), f.date("agreementFrom"),
                f.date("agreementTo"), f.pct("maxLtvPct"), f.pct("dsrCapPct"), f.text("source"));
        if (f.ok() && scheme.agreementFrom().isAfter(scheme.agreementTo())) {
            f.fail("agreementFrom " + scheme.agreementFrom() + " is after agreementTo " + scheme.agreementTo());
        }
        return scheme;
    }
}
