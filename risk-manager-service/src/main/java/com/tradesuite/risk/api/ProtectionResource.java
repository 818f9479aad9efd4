package com.tradesuite.risk.api;

import com.tradesuite.risk.RiskManagerService;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Every open position's protection, folded from the log: is a live stop covering the full quantity? */
@Path("/protection")
public class ProtectionResource {

    @Inject
    RiskManagerService service;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ProtectionReport protection() {
        return service.report();
    }
}
