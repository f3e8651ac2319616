package hk.negequity.facts;

/**
 * The loan is insured under the Mortgage Insurance Programme on a date when an owner who loses a job may ask
 * HKMC Insurance, through the bank, for consent to let the flat (the date is in call-loan.drl).
 */
public record LettingConsentOpen() {
}
