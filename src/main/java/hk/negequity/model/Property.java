package hk.negequity.model;

import java.time.LocalDate;

/**
 * The flat, as the borrower describes it. Every field may be null: a fact the borrower has not given.
 *
 * @param price         purchase price, HK$
 * @param valuation     the bank's valuation at purchase, HK$
 * @param currentValue  today's market value, HK$
 * @param agreementDate date of the provisional sale and purchase agreement
 * @param stagePayment  bought on a stage-payment plan (uncompleted flats)
 */
public record Property(Double price, Double valuation, Double currentValue, Use use, Boolean completed,
                       LocalDate agreementDate, Boolean stagePayment) {

    public static final Property NONE = new Property(null, null, null, null, null, null, null);
}
