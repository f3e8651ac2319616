package hk.negequity.ops;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * The logging set-up, in code rather than logback.xml: reading XML costs logback a third of a second at
 * every start. Plain lines on standard error (the command line's answers on standard output stay clean
 * JSON); {@link LogFormat#apply} swaps in JSON lines for a log store. Never log request bodies, amounts or
 * answers: they are borrowers' data. Found by logback through META-INF/services.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {

    /** Loggers quieter than the rest. */
    private static final Map<String, Level> LEVELS = Map.of(
            "org.drools", Level.WARN,
            "org.kie", Level.WARN,
            // KieProject and AbstractKieModule repeat every build error; the loader reports them once, by line.
            "org.drools.compiler.kie.builder.impl.KieProject", Level.OFF,
            "org.drools.compiler.kie.builder.impl.AbstractKieModule", Level.OFF,
            // A performance hint about one constraint, printed at every build.
            "org.drools.model.codegen.execmodel.generator.drlxparse.ConstraintParser", Level.ERROR,
            // A stack trace at WARN for a global of an unknown type, which the loader reports by line.
            "org.drools.compiler.builder.impl.processors.ImmutableGlobalCompilationPhase", Level.ERROR,
            "org.eclipse.jetty", Level.WARN,
            "io.javalin", Level.WARN);

    static final String APPENDER = "CONSOLE";

    /**
     * For a stop: a stop whose grace runs out is reported once, as a warning, by the caller; Javalin would add an
     * ERROR with the timeout's stack trace, and Jetty a warning for each thread still busy.
     */
    public static void quietDuringStop() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getLogger("io.javalin.Javalin").setLevel(Level.OFF);
            context.getLogger("org.eclipse.jetty.util.thread.QueuedThreadPool").setLevel(Level.ERROR);
        }
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        PatternLayoutEncoder encoder = plainEncoder(context);
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName(APPENDER);
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        appender.start();
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(appender);
        LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /**
     * Plain lines: the request line's fields (requestId, route, durationMs, rulesetVersion, adviceCodes) follow
     * its message as key="value" pairs, as the JSON lines carry them.
     */
    static PatternLayoutEncoder plainEncoder(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%replace( %kvp){'^ $', ''}%n");
        encoder.start();
        return encoder;
    }
}
