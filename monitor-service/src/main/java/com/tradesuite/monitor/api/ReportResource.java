package com.tradesuite.monitor.api;

import com.tradesuite.monitor.MonitorService;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** GET /report (JSON) and GET /report/text (plain-text table) over the monitor's latest folded state. */
@Path("/report")
public class ReportResource {

    @Inject
    MonitorService monitor;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ReportView report() {
        return ReportView.of(monitor.state());
    }

    @GET
    @Path("/text")
    @Produces(MediaType.TEXT_PLAIN)
    public String text() {
        return ReportText.render(ReportView.of(monitor.state()));
    }
}
