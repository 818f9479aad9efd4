package com.tradesuite.monitor.api;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tradesuite.monitor.MonitorService;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * GET /report/daily/{date} and GET /report/daily?from=&to=: the daily report of New York trading days as JSON, text
 * or an HTML page with charts, chosen by {@code ?format=json|text|html} or else by the Accept header (JSON when it
 * names none of them).
 */
@Path("/report/daily")
@Tag(name = "report", description = "The trade report over every closed trade in the log")
public class DailyReportResource {

    private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";
    private static final String TEXT = MediaType.TEXT_PLAIN + ";charset=utf-8";
    private static final List<String> FORMATS = List.of("json", "text", "html");

    @Inject
    MonitorService monitor;

    @Inject
    ObjectMapper json;

    @GET
    @Path("/{date}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
    @Operation(summary = "The daily report of one New York trading day",
            description = "Trades, win rate, average win and loss, profit factor, expectancy, R-multiple buckets, "
                    + "Sharpe and Sortino (need two days: see the range), max drawdown, holding period, exposure, "
                    + "best and worst trades, exit sources, protection incidents, entry declines and fees of the "
                    + "trades closed on that day (New York calendar date). ?format=json|text|html or the Accept "
                    + "header choose the form; the HTML page draws its charts with ECharts served by the monitor "
                    + "(?standalone=true inlines it, for a page saved as a file).")
    @APIResponse(responseCode = "200", description = "The report of the day over the events folded so far",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = DailyReportView.class)),
                @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(implementation = String.class)),
                @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(implementation = String.class))})
    @APIResponse(responseCode = "400", description = "The date or the format is not valid",
            content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(implementation = String.class)))
    public Response day(@Parameter(description = "the New York trading day, yyyy-MM-dd") @PathParam("date") String date,
                        @Parameter(description = "json, text or html (else the Accept header decides)",
                                schema = @Schema(type = SchemaType.STRING, enumeration = {"json", "text", "html"}))
                        @QueryParam("format") String format,
                        @Parameter(description = "html only: inline the chart library so the page opens offline")
                        @QueryParam("standalone") boolean standalone,
                        @Context HttpHeaders headers) {
        return answer(date, date, format, standalone, headers);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
    @Operation(summary = "The daily report over a range of New York trading days",
            description = "The same report over the trades closed from `from` to `to` (inclusive, at most 366 "
                    + "days), with a row per day; Sharpe and Sortino are of the daily realised P&L over the range's "
                    + "trading days, annualised by sqrt(252).")
    @APIResponse(responseCode = "200", description = "The report of the range over the events folded so far",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = DailyReportView.class)),
                @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(implementation = String.class)),
                @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(implementation = String.class))})
    @APIResponse(responseCode = "400", description = "A date is missing or not valid, or the range is too long",
            content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(implementation = String.class)))
    public Response range(@Parameter(description = "the first New York trading day, yyyy-MM-dd")
                          @QueryParam("from") String from,
                          @Parameter(description = "the last New York trading day, yyyy-MM-dd")
                          @QueryParam("to") String to,
                          @Parameter(description = "json, text or html (else the Accept header decides)",
                                  schema = @Schema(type = SchemaType.STRING, enumeration = {"json", "text", "html"}))
                          @QueryParam("format") String format,
                          @Parameter(description = "html only: inline the chart library so the page opens offline")
                          @QueryParam("standalone") boolean standalone,
                          @Context HttpHeaders headers) {
        return answer(from, to, format, standalone, headers);
    }

    private Response answer(String from, String to, String format, boolean standalone, HttpHeaders headers) {
        DailyRange range;
        String chosen;
        try {
            range = DailyRange.of(from, to);
            chosen = format(format, headers);
        } catch (DailyRange.BadRange e) {
            return Response.status(Response.Status.BAD_REQUEST).type(TEXT).entity(e.getMessage() + "\n").build();
        }
        DailyReportView view = DailyReportView.of(monitor.state(), range);
        return switch (chosen) {
            case "text" -> Response.ok(DailyReportText.render(view, range.label()), TEXT).build();
            case "html" -> Response.ok(DailyReportPage.render(view, range.label(), toJson(view), standalone), HTML)
                    .build();
            default -> Response.ok(toJson(view), MediaType.APPLICATION_JSON).build();
        };
    }

    /** The format the query names, else the first of the Accept header's types we serve, else JSON. */
    private static String format(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            String named = format.strip().toLowerCase(Locale.ROOT);
            if (!FORMATS.contains(named)) {
                throw new DailyRange.BadRange("format must be one of " + FORMATS + ", was " + format);
            }
            return named;
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isWildcardType()) {
                return "json";
            }
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return "json";
            }
            if (accepted.isCompatible(MediaType.TEXT_HTML_TYPE) && !accepted.isWildcardSubtype()) {
                return "html";
            }
            if (accepted.isCompatible(MediaType.TEXT_PLAIN_TYPE) && !accepted.isWildcardSubtype()) {
                return "text";
            }
        }
        return "json";
    }

    private String toJson(DailyReportView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the daily report as JSON", e);
        }
    }
}
