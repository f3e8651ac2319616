package hk.negequity.ops;

import hk.negequity.advice.EvaluationObserver;
import hk.negequity.engine.RuleSet;
import hk.negequity.facts.Advice;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The service's metrics, in Prometheus' text format at GET /metrics: HTTP requests by route template,
 * method and status; advice given by code, severity and rule-set version; evaluations; rejected requests
 * by status; and the JVM's own. Histogram buckets start at 50 µs: most requests take well under a millisecond.
 */
public final class Metrics implements EvaluationObserver {

    /** From 50 µs to 5 s; those that tell a 0.2 ms request from a 2 ms one (the p99 objective) matter most. */
    private static final Duration[] BUCKETS = {
            Duration.ofNanos(50_000), Duration.ofNanos(100_000), Duration.ofNanos(250_000), Duration.ofNanos(500_000),
            Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5), Duration.ofMillis(10),
            Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(5)};

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    /*
     * The meters in use, by their tags: a builder per request or advice given (tags sorted, the registry
     * searched) cost a fiftieth of a batch. Bounded by the routes, statuses, codes and versions there are.
     */
    private final Map<RequestTags, Timer> requestTimers = new ConcurrentHashMap<>();
    private final Map<EvaluationTags, Timer> evaluationTimers = new ConcurrentHashMap<>();
    private final Map<AdviceTags, Counter> adviceCounters = new ConcurrentHashMap<>();
    /** The version whose codes and kinds were last registered at zero. */
    private volatile String announced;

    private record RequestTags(String method, String route, int status, String rulesetVersion) {
    }

    private record EvaluationTags(String kind, String rulesetVersion) {
    }

    private record AdviceTags(String code, String severity, String rulesetVersion) {
    }

    public Metrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /**
     * One HTTP request: the route as declared ({@code /v1/advice}), never the path a client typed, and the
     * version of the rules that answered ("none" before any loaded).
     */
    public void request(String method, String route, int status, String rulesetVersion, long nanos) {
        requestTimers.computeIfAbsent(new RequestTags(method, route, status, rulesetVersion), tags ->
                Timer.builder("http.server.requests")
                        .description("HTTP requests by route template, method, status and rule-set version")
                        .tags("method", tags.method(), "uri", tags.route(), "status", Integer.toString(tags.status()),
                                "ruleset_version", tags.rulesetVersion())
                        .serviceLevelObjectives(BUCKETS).register(registry))
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    /** A request refused before any rule ran: 400, 413, 414, 415, 422 or 431, by the rules in service then. */
    public void rejected(int status, String reason, String rulesetVersion) {
        Counter.builder("advisor.requests.rejected")
                .description("Requests refused, by status, problem type and rule-set version")
                .tags("status", Integer.toString(status), "reason", reason, "ruleset_version", rulesetVersion)
                .register(registry).increment();
    }

    @Override
    public void evaluated(String kind, String rulesetVersion, long nanos, List<Advice> advice) {
        evaluationTimer(new EvaluationTags(kind, rulesetVersion)).record(nanos, TimeUnit.NANOSECONDS);
        for (Advice item : advice) {
            adviceCounter(new AdviceTags(item.code(), item.severity().name(), rulesetVersion)).increment();
        }
    }

    /**
     * The meters registered at zero that stayed at zero: a version that has left service, or a code never given,
     * would otherwise add its zeros to every scrape for as long as the process runs (a rule directory watched and
     * edited all day makes a version per edit). A meter that counted something stays, its history with it.
     */
    private void forgetUnused() {
        evaluationTimers.entrySet().removeIf(entry -> entry.getValue().count() == 0 && registry.remove(entry.getValue()) != null);
        adviceCounters.entrySet().removeIf(entry -> entry.getValue().count() == 0 && registry.remove(entry.getValue()) != null);
    }

    private Timer evaluationTimer(EvaluationTags key) {
        return evaluationTimers.computeIfAbsent(key, tags ->
                Timer.builder("advisor.evaluation").description("Evaluations of a request against the rules, with wording")
                        .tags("kind", tags.kind(), "ruleset_version", tags.rulesetVersion())
                        .serviceLevelObjectives(BUCKETS).register(registry));
    }

    private Counter adviceCounter(AdviceTags key) {
        return adviceCounters.computeIfAbsent(key, tags ->
                Counter.builder("advisor.advice").description("Advice given, by code, severity and rule-set version")
                        .tags("code", tags.code(), "severity", tags.severity(), "ruleset_version", tags.rulesetVersion())
                        .register(registry));
    }

    /**
     * The metrics in Prometheus' text format, each sample labelled with the rules in service: a metric of
     * the service's own names the version that produced it, and the others (the JVM's, Jetty's) are given the
     * version in service when scraped, so that every metric carries one. Every advice code and kind of
     * evaluation of those rules is there from the start, at zero, as Prometheus advises for labels known ahead.
     *
     * @param inService the rules in service, or null before any loaded ("none")
     */
    public String scrape(RuleSet inService) {
        String version = inService == null ? "none" : inService.version();
        if (inService != null && !version.equals(announced)) {
            forgetUnused();
            for (String kind : EvaluationObserver.KINDS) {
                evaluationTimer(new EvaluationTags(kind, version));
            }
            inService.adviceRules().forEach(rule -> adviceCounter(new AdviceTags(rule.metadata().code(),
                    rule.metadata().severity().name(), version)));
            announced = version;
        }
        return PrometheusLabels.withEverywhere(registry.scrape(), "ruleset_version", version);
    }
}
