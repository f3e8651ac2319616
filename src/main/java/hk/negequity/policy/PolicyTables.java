package hk.negequity.policy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The dated policy data of a rule directory, immutable. The rules read it through the global
 * {@code policy}: it is the same for every request, never per-request state.
 */
public record PolicyTables(List<Regime> regimes, List<LtvBand> ltvBands, List<MipVersion> mipVersions,
                           List<MipBand> mipBands, List<SpecialScheme> specialSchemes) {

    public static final PolicyTables EMPTY = new PolicyTables(List.of(), List.of(), List.of(), List.of(), List.of());

    public PolicyTables {
        regimes = regimes.stream().sorted(Comparator.comparing(Regime::effectiveFrom)).toList();
        ltvBands = List.copyOf(ltvBands);
        mipVersions = mipVersions.stream().sorted(Comparator.comparing(MipVersion::completedFrom)).toList();
        mipBands = List.copyOf(mipBands);
        specialSchemes = List.copyOf(specialSchemes);
    }

    /** The effective dates of the regimes encoded, oldest first: 2023-07-07, 2024-02-28, 2024-10-16. */
    public List<LocalDate> coveredDates() {
        return regimes.stream().map(Regime::effectiveFrom).toList();
    }

    public LocalDate earliestRegimeDate() {
        return regimes.isEmpty() ? null : regimes.get(0).effectiveFrom();
    }

    /** The regime in force on {@code date}: the latest that came into force on or before it (none or one). */
    public List<Regime> regimeOn(LocalDate date) {
        Regime found = null;
        for (Regime regime : regimes) {
            if (!regime.effectiveFrom().isAfter(date)) {
                found = regime;
            }
        }
        return found == null ? List.of() : List.of(found);
    }

    /**
     * The MIP band table in force for an agreement on {@code date} (none or one); a flat not known to be
     * uncompleted ({@code completed} null) counts as completed.
     */
    public List<MipVersion> mipVersionOn(LocalDate date, Boolean completedOrNull) {
        boolean completed = completedOrNull == null || completedOrNull;
        MipVersion found = null;
        for (MipVersion version : mipVersions) {
            LocalDate from = version.effectiveFrom(completed);
            if (!from.isAfter(date) && (found == null || from.isAfter(found.effectiveFrom(completed)))) {
                found = version;
            }
        }
        return found == null ? List.of() : List.of(found);
    }

    /** A regime's LTV bands for one use. */
    public List<LtvBand> ltvBands(String regime, hk.negequity.model.Use use) {
        return ltvBands.stream().filter(b -> b.regime().equals(regime) && b.use() == use).toList();
    }

    /**
     * The MIP band covering {@code value} for a tier: the tier's own band where the table has one, else the
     * band for anyone (none where the programme does not insure that value).
     */
    public List<MipBand> mipBandFor(String version, MipTier tier, double value) {
        for (MipTier candidate : tier == MipTier.ANY ? List.of(MipTier.ANY) : List.of(tier, MipTier.ANY)) {
            for (MipBand band : mipBands) {
                if (band.version().equals(version) && band.tier() == candidate && band.covers(value)) {
                    return List.of(band);
                }
            }
        }
        return List.of();
    }

    /** The top of the highest band a MIP table has for anyone: above it the programme does not insure. */
    public double mipCeiling(String version) {
        return mipBands.stream().filter(b -> b.version().equals(version) && b.tier() == MipTier.ANY)
                .mapToDouble(MipBand::valueUpTo).max().orElse(0);
    }
}
