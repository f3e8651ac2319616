package hk.negequity.policy;

/**
 * Who a mortgage-insurance band is for: first-time buyers who are salaried (the 90% tier), or anyone.
 */
public enum MipTier { FIRST_TIME_BUYER, ANY }
