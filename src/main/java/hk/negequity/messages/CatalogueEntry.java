package hk.negequity.messages;

/** One {@code key = text} line of a message catalogue, with where it stands. */
public record CatalogueEntry(String key, String text, String file, int line) {
}
