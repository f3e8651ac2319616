package hk.negequity.request;

/**
 * One field's value as read against its type and range: the value taken, or why it is refused (in words naming what
 * was written). {@link NumberReading} and {@link DateReading} make them; {@link FieldReader} reports the refusals.
 *
 * @param problem why the value is refused, null when it is taken
 */
record Reading<T>(T value, String problem) {

    static <T> Reading<T> taken(T value) {
        return new Reading<>(value, null);
    }

    static <T> Reading<T> refused(String problem) {
        return new Reading<>(null, problem);
    }
}
