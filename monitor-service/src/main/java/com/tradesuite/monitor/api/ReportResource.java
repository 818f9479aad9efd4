package com.tradesuite.monitor.api;

import java.net.URI;
import java.util.Optional;

import org.apache.kafka.streams.state.HostInfo;

import com.tradesuite.monitor.MonitorService;
import com.tradesuite.monitor.streams.AccountReport;
import com.tradesuite.monitor.streams.ReportQueries;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * GET /report (JSON) and GET /report/text (plain-text table) over the account's state stores; an instance that does
 * not hold them redirects (307) to the one that does.
 */
@Path("/report")
@Tag(name = "report", description = "The trade report over every closed trade in the log")
public class ReportResource {

    @Inject
    ReportQueries queries;

    /** The trading state in force, from the monitor's fold of {@code trading-state}. */
    @Inject
    MonitorService monitor;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The trade report as JSON",
            description = "Trades, win rate, profit factor, average R, net P&L per symbol and in total, max "
                    + "drawdown, the exit-source breakdown and the open positions' protection, from the account's "
                    + "state stores; complete is false while they are behind the log. An instance that "
                    + "does not hold the account's stores redirects (307) to the one that does.")
    @APIResponse(responseCode = "200", description = "The report over the events folded so far",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReportView.class)))
    public ReportView report() {
        return ReportView.of(account("/report"));
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
        return ReportText.render(ReportView.of(account("/report/text"))) + monitor.tradingState().line() + "\n";
    }

    /** The account's stores on this instance, or a redirect to the instance that holds them. */
    private AccountReport account(String path) {
        Optional<HostInfo> holder = queries.elsewhere();
        if (holder.isPresent()) {
            URI there = URI.create("http://" + holder.get().host() + ":" + holder.get().port() + path);
            throw new WebApplicationException(Response.temporaryRedirect(there).build());
        }
        return queries.account();
    }
}
