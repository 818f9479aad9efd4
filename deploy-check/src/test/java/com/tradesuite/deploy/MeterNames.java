package com.tradesuite.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Prometheus names of the meters the code registers, read from the main sources of every module: Micrometer
 * calls ({@code Metrics.counter/gauge/timer/summary}, {@code Counter/Gauge/Timer/...builder}, {@code @Counted},
 * {@code @Timed}) with a literal name or a {@code static final String} constant of the same file, mapped the way
 * Micrometer's Prometheus registry names them (dots to underscores, {@code _total} on counters, a timer's
 * {@code _seconds_count/_sum/_max}, {@code _bucket} only with SLOs or a histogram, a gauge's base unit as suffix).
 */
final class MeterNames {

    private static final Pattern CALL = Pattern.compile(
            "Metrics\\.(counter|gauge|timer|summary)\\(\\s*(\"[^\"]+\"|[A-Z][A-Z0-9_]*)"
                    + "|\\b(Counter|FunctionCounter|Gauge|TimeGauge|Timer|FunctionTimer|LongTaskTimer"
                    + "|DistributionSummary)\\.builder\\(\\s*(\"[^\"]+\"|[A-Z][A-Z0-9_]*)"
                    + "|@(Counted|Timed)\\(\\s*(?:value\\s*=\\s*)?(\"[^\"]+\")");
    private static final Pattern CONSTANT = Pattern.compile(
            "static\\s+final\\s+String\\s+([A-Z][A-Z0-9_]*)\\s*=\\s*\"([^\"]+)\"\\s*;");
    private static final Pattern BASE_UNIT = Pattern.compile("\\.baseUnit\\(\\s*\"([a-z]+)\"");
    private static final Pattern HISTOGRAM = Pattern.compile("serviceLevelObjectives|publishPercentileHistogram");

    private MeterNames() {
    }

    /** Every Prometheus series name the main sources under {@code root} register. */
    static Set<String> registeredIn(Path root) {
        Set<String> names = new TreeSet<>();
        for (Path file : mainSources(root)) {
            names.addAll(registeredBy(ServiceModule.text(file)));
        }
        return names;
    }

    /** The Prometheus series names one Java source registers. */
    static Set<String> registeredBy(String source) {
        Map<String, String> constants = new HashMap<>();
        Matcher constant = CONSTANT.matcher(source);
        while (constant.find()) {
            constants.put(constant.group(1), constant.group(2));
        }
        Set<String> names = new TreeSet<>();
        Matcher call = CALL.matcher(source);
        while (call.find()) {
            String kind = call.group(1) != null ? call.group(1) : call.group(3) != null ? call.group(3)
                    : call.group(5);
            String raw = call.group(2) != null ? call.group(2) : call.group(4) != null ? call.group(4)
                    : call.group(6);
            String name = raw.startsWith("\"") ? raw.substring(1, raw.length() - 1) : constants.get(raw);
            if (name == null) {
                throw new IllegalStateException("meter name constant " + raw + " is not a String constant of the"
                        + " same file: teach MeterNames to resolve it");
            }
            // A builder's options run up to its register(...): a base unit or SLOs change the series names.
            int end = call.group(3) == null ? -1 : source.indexOf(".register(", call.end());
            String chain = end < 0 ? "" : source.substring(call.end(), end);
            names.addAll(prometheusNames(kind, name.replace('.', '_'), chain));
        }
        return names;
    }

    private static List<String> prometheusNames(String kind, String base, String chain) {
        Matcher unit = BASE_UNIT.matcher(chain);
        String suffix = unit.find() ? "_" + unit.group(1) : "";
        boolean histogram = HISTOGRAM.matcher(chain).find();
        return switch (kind) {
            case "counter", "Counter", "FunctionCounter", "Counted" -> List.of(base + suffix + "_total");
            case "gauge", "Gauge" -> List.of(base + suffix);
            case "TimeGauge" -> List.of(base + "_seconds");
            case "timer", "Timer", "FunctionTimer", "Timed", "LongTaskTimer" -> withHistogram(
                    base + "_seconds", histogram, "_count", "_sum", "_max");
            case "summary", "DistributionSummary" -> withHistogram(base + suffix, histogram, "_count", "_sum",
                    "_max");
            default -> throw new IllegalStateException(kind);
        };
    }

    private static List<String> withHistogram(String base, boolean histogram, String... parts) {
        List<String> names = new ArrayList<>();
        for (String part : parts) {
            names.add(base + part);
        }
        if (histogram) {
            names.add(base + "_bucket");
        }
        return names;
    }

    /** The Java files under every module's src/main/java (tests register nothing a deployment serves). */
    static List<Path> mainSources(Path root) {
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path main : modules.map(module -> module.resolve("src/main/java")).filter(Files::isDirectory)
                    .toList()) {
                try (Stream<Path> files = Files.walk(main)) {
                    files.filter(file -> file.toString().endsWith(".java")).forEach(sources::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sources;
    }
}
