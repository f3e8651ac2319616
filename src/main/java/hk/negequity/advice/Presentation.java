package hk.negequity.advice;

/**
 * How an answer is put: in which language, and whether with explanations ({@code because} on each advice
 * item and the rules that did not fire).
 */
public record Presentation(String language, boolean explain) {

    public static final Presentation ENGLISH = new Presentation(Languages.ENGLISH, false);
}
