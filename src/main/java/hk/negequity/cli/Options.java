package hk.negequity.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A subcommand's arguments: {@code --name value} options, {@code --flag} switches and positional arguments. */
final class Options {

    private final Map<String, String> values = new HashMap<>();
    private final List<String> positional = new ArrayList<>();

    /** Thrown for arguments a command does not take; the message says which. */
    static final class UsageException extends Exception {

        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    static Options parse(String[] args, Set<String> withValue, Set<String> switches) throws UsageException {
        Options options = new Options();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                options.values.put("--help", "true");
            } else if (withValue.contains(arg)) {
                if (i + 1 >= args.length) {
                    throw new UsageException(arg + " needs a value");
                }
                // Given twice, which one was meant is not known: a mistake, not a silent last-one-wins.
                if (options.values.putIfAbsent(arg, args[++i]) != null) {
                    throw new UsageException(arg + " is given more than once; give it once");
                }
            } else if (switches.contains(arg)) {
                options.values.put(arg, "true");
            } else if (arg.startsWith("--")) {
                throw new UsageException("unknown option " + arg);
            } else {
                options.positional.add(arg);
            }
        }
        return options;
    }

    String value(String name) {
        return values.get(name);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    List<String> positional() {
        return positional;
    }
}
