package hk.negequity.model;

public enum Employment { EMPLOYED, SELF_EMPLOYED, UNEMPLOYED }
