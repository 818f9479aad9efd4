package com.tradesuite.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the monitor's daily report page of each New York trading day a session played (weekdays from its first to
 * its last simulated instant), with the chart library inlined so the file opens offline; one file per day and run.
 */
public final class DailyReportPages {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private DailyReportPages() {
    }

    /** The New York weekdays from {@code start} to {@code end} (the session's day when both fall on a weekend). */
    static List<LocalDate> days(Instant start, Instant end) {
        LocalDate first = start.atZone(NEW_YORK).toLocalDate();
        LocalDate last = end.atZone(NEW_YORK).toLocalDate();
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(day);
            }
        }
        return days.isEmpty() ? List.of(first) : List.copyOf(days);
    }

    /** The file a day's page goes to in {@code dir}: {@code daily-<day>-<UTC yyyyMMdd-HHmmss>.html}. */
    static Path file(Path dir, LocalDate day, Instant endedAt) {
        return dir.resolve("daily-" + day + "-" + FILE_STAMP.format(endedAt) + ".html");
    }

    /**
     * Fetches and writes each day's standalone page from the monitor; returns the files written.
     *
     * @throws IOException when the monitor does not answer a page or a file cannot be written
     */
    public static List<Path> write(LocalStack stack, Instant sessionStart, Instant sessionEnd, Path dir,
                                   Instant endedAt) throws IOException, InterruptedException {
        ServiceProcess monitor = stack.service("monitor-service");
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (LocalDate day : days(sessionStart, sessionEnd)) {
            URI uri = URI.create("http://127.0.0.1:" + monitor.port() + "/report/daily/" + day
                    + "?format=html&standalone=true");
            HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET()
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (page.statusCode() != 200) {
                throw new IOException("the monitor answered " + page.statusCode() + " for " + uri + ": "
                        + page.body());
            }
            written.add(Files.writeString(file(dir, day, endedAt), page.body(), StandardCharsets.UTF_8));
        }
        return List.copyOf(written);
    }
}
