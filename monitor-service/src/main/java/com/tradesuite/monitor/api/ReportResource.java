package com.tradesuite.monitor.api;

import com.tradesuite.monitor.MonitorService;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** GET /report (JSON) and GET /report/text (plain-text table) over the monitor's latest folded state. */
@Path("/report")
@Tag(name = "report", description = "The trade report over every closed trade in the log")
public class ReportResource {

    @Inject
    MonitorService monitor;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The trade report as JSON",
            description = "Trades, win rate, profit factor, average R, net P&L per symbol and in total, max "
                    + "drawdown, the exit-source breakdown and the open positions' protection; complete is false "
                    + "while the log's history is still being folded.")
    @APIResponse(responseCode = "200", description = "The report over the events folded so far",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReportView.class)))
    public ReportView report() {
        return ReportView.of(monitor.state());
    }

    @GET
    @Path("/text")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "The trade report as the plain-text table the run command prints")
    @APIResponse(responseCode = "200", description = "The report's tables: per symbol, total, exit sources; then"
            + " the protection line and the trading state in force (Trading state: HALTED by OPERATOR since ...)",
            content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(implementation = String.class)))
    public String text() {
        // The trading state's line last, after the protection line: what the services may still send.
        return ReportText.render(ReportView.of(monitor.state())) + monitor.tradingState().line() + "\n";
    }
}
