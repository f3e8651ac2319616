package hk.negequity.facts;

/** Marks an evaluation as a broker's pre-approval: only then do the verdict rules run. */
public record PreApproval() {
}
