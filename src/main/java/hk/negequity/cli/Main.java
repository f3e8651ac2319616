package hk.negequity.cli;

import hk.negequity.ops.LogSetup;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one jar's command line: {@code serve} (the default), {@code check}, {@code advise},
 * {@code pre-approve} and {@code self-test}, each with {@code --help}. Exit codes: 0 done, 1 the rules do not load, 2 bad usage
 * or bad input.
 */
public final class Main {

    static final String USAGE = """
            usage: advisor [COMMAND] [OPTIONS]

            commands:
              serve         start the HTTP service (the default)
              check [DIR]   check a rule directory: every problem as file:line: message
              advise FILE|-       evaluate a request (or an array of them) as POST /v1/advice does
              pre-approve FILE|-  evaluate a request (or an array of them) as POST /v1/pre-approval does
              self-test     start on a free port, make one request on each route, stop: a smoke test

            advisor COMMAND --help tells more.
            """;

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        ServeCommand.Service[] service = new ServeCommand.Service[1];
        // The service as soon as it listens, for a SIGTERM that comes while it starts as much as once it runs.
        AtomicReference<ServeCommand.Service> listening = new AtomicReference<>();
        AtomicBoolean exiting = new AtomicBoolean();
        if (serves(args)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (!exiting.get()) {
                    stop(listening.get());
                }
            }, "shutdown"));
        }
        int code;
        try {
            code = run(args, System.getenv(), System.in, System.out, System.err, service, listening::set);
        } catch (Throwable failure) { // a start that failed unforeseen (out of memory, say) exits as it would, 1
            exiting.set(true);
            throw failure;
        }
        if (service[0] == null) {
            exiting.set(true); // a command done, or a service that did not start: its own exit code
            System.exit(code);
        }
        listening.set(service[0]); // the whole service now, its rule watcher too
        Thread.currentThread().join();
    }

    /** SIGTERM: stop taking connections, finish the requests in flight, then exit 0, not 143. */
    private static void stop(ServeCommand.Service service) {
        Logger log = LoggerFactory.getLogger(Main.class);
        log.info("stopping: not ready, no new connections, finishing the requests in flight");
        LogSetup.quietDuringStop();
        int exit = 0;
        try {
            if (service != null) {
                service.close();
            }
            log.info("stopped");
        } catch (IOException | RuntimeException e) {
            // The grace ran out (or stopping failed): what was still running was cut off, so say so.
            log.warn("stopped without finishing every request in flight: {}", e.getMessage());
            exit = 1;
        }
        Runtime.getRuntime().halt(exit);
    }

    /** Whether the arguments start the service (not its help). */
    private static boolean serves(String[] args) {
        boolean implicitServe = args.length == 0 || args[0].startsWith("-");
        List<String> rest = Arrays.asList(args).subList(implicitServe ? 0 : 1, args.length);
        return (implicitServe || args[0].equals("serve")) && !rest.contains("--help") && !rest.contains("-h");
    }

    static int run(String[] args, Map<String, String> env, InputStream in, PrintStream out, PrintStream err,
                   ServeCommand.Service[] started) {
        return run(args, env, in, out, err, started, service -> { });
    }

    /**
     * Runs a command; a started service is handed back in {@code started[0]} and keeps running.
     *
     * @param listening told of the service as soon as it listens, before its rules are loaded
     */
    static int run(String[] args, Map<String, String> env, InputStream in, PrintStream out, PrintStream err,
                   ServeCommand.Service[] started, Consumer<ServeCommand.Service> listening) {
        boolean implicitServe = args.length == 0 || args[0].startsWith("-");
        String command = implicitServe ? "serve" : args[0];
        String[] rest = implicitServe ? args : Arrays.copyOfRange(args, 1, args.length);
        try {
            switch (command) {
                case "serve" -> {
                    if (Arrays.asList(rest).contains("--help") || Arrays.asList(rest).contains("-h")) {
                        // Asked of the jar itself (--help), the commands too; asked of serve, its own options.
                        out.print(implicitServe ? USAGE + "\n" + ServeCommand.USAGE : ServeCommand.USAGE);
                        return 0;
                    }
                    started[0] = ServeCommand.start(rest, env, out, err, listening);
                    return started[0] == null ? 1 : 0;
                }
                case "check" -> {
                    return CheckCommand.run(rest, env, out, err);
                }
                case "advise", "pre-approve" -> {
                    return EvaluateCommand.run(command, rest, env, in, out, err);
                }
                case "self-test" -> {
                    return SelfTestCommand.run(rest, env, out, err);
                }
                case "help" -> {
                    out.print(USAGE);
                    return 0;
                }
                default -> throw new Options.UsageException("unknown command " + command);
            }
        } catch (Options.UsageException e) {
            err.println("advisor " + command + ": " + e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (IOException e) {
            err.println("advisor " + command + ": " + e.getMessage());
            return 1;
        }
    }
}
