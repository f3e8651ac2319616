package hk.negequity.model;

/** What the flat is for; the HKMA limits differ between the two. */
public enum Use { SELF_USE, NON_SELF_USE }
