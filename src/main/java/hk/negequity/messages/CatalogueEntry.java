package hk.negequity.messages;

/**
 * One line of a message catalogue, {@code CODE[.variant].part = text}, with where it stands.
 *
 * @param variant null for the code's own text
 * @param part    {@code title}, {@code message} or {@code action.N}
 */
public record CatalogueEntry(String key, String code, String variant, String part, String text, String file,
                             int line) {
}
