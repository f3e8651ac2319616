package hk.negequity.request;

import java.util.List;

/** A request that cannot be evaluated, with every field that is wrong. */
public final class InvalidRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public InvalidRequestException(List<Violation> violations) {
        super(violations.size() + " invalid field(s)");
        this.violations = List.copyOf(violations);
    }

    public static InvalidRequestException of(String path, String detail) {
        return new InvalidRequestException(List.of(new Violation(path, detail)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
