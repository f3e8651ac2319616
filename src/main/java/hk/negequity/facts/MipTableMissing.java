package hk.negequity.facts;

/**
 * A self-use loan under mortgage insurance whose agreement date no encoded MIP band table covers: its limit is
 * the table's, which is not known, so the HKMA cap is not held against it in the table's place.
 */
public record MipTableMissing() {
}
