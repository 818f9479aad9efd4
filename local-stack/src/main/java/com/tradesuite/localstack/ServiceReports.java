package com.tradesuite.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** Reads what the services report over HTTP: the monitor's trade report and the risk manager's protection view. */
public final class ServiceReports {

    /** How the monitor's report text says its stores are behind the log (monitor-service's ReportText). */
    private static final String STILL_READING = "(still reading the log)";
    private static final Duration REPORT_WAIT = Duration.ofSeconds(30);
    private static final Duration REPORT_POLL = Duration.ofMillis(200);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ServiceReports() {
    }

    /**
     * The monitor's plain-text report once its stores have processed everything on the log (they trail the log by
     * an exactly-once commit or two); after {@link #REPORT_WAIT} the report as it is.
     */
    public static String tradeReport(LocalStack stack) {
        long deadline = System.nanoTime() + REPORT_WAIT.toNanos();
        String report = get(stack.service("monitor-service"), "/report/text");
        while (report.contains(STILL_READING) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(REPORT_POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return report;
            }
            report = get(stack.service("monitor-service"), "/report/text");
        }
        return report;
    }

    /** The monitor's JSON report. */
    public static String tradeReportJson(LocalStack stack) {
        return get(stack.service("monitor-service"), "/report");
    }

    /** The risk manager's protection view (JSON), one line per instance (each covers its own partitions). */
    public static String protection(LocalStack stack) {
        List<ServiceProcess> instances = stack.instances("risk-manager-service");
        if (instances.size() == 1) {
            return get(instances.get(0), "/protection");
        }
        return String.join(System.lineSeparator(), instances.stream()
                .map(instance -> "instance on port " + instance.port() + ": " + get(instance, "/protection")).toList());
    }

    static String get(ServiceProcess service, String path) {
        URI uri = URI.create("http://127.0.0.1:" + service.port() + path);
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return service.name() + " answered " + response.statusCode() + " for " + path + ": "
                        + response.body();
            }
            return response.body();
        } catch (IOException e) {
            return service.name() + " did not answer " + path + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
