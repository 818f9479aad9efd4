package com.tradesuite.risk.api;

import com.tradesuite.risk.RiskManagerService;

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

/** Every open position's protection, folded from the log: is a live stop covering the full quantity? */
@Path("/protection")
@Tag(name = "protection", description = "Is every open position covered by a live stop?")
public class ProtectionResource {

    @Inject
    RiskManagerService service;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Protection verdict per open position in this instance's partitions",
            description = "The summary line the run command prints, whether the risk manager is acting yet, and per "
                    + "position whether a live stop covers its full quantity.")
    @APIResponse(responseCode = "200", description = "The verdicts folded from the log so far",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProtectionReport.class)))
    public ProtectionReport protection() {
        return service.report();
    }
}
