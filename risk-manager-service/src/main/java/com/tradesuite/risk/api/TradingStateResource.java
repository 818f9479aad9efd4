package com.tradesuite.risk.api;

import java.util.Locale;
import java.util.Map;

import org.jboss.logging.Logger;

import com.tradesuite.risk.RiskManagerService;
import com.tradesuite.risk.config.RiskConfig;
import com.tradesuite.risk.config.RiskConfigCheck;
import com.tradesuite.schemas.event.TradingStatus;
import com.tradesuite.service.log.EventLogUnavailableException;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /trading-state} shows the folded state; {@code POST /trading-state} (bearer token) appends an operator's
 * change (with {@code flatten}: close every position too): 401 without a token, 403 with a wrong one, 503 when no token
 * is configured, 200 with the resulting state.
 */
@Path("/trading-state")
@Tag(name = "trading state", description = "ACTIVE, REDUCING or HALTED: what the services may still send")
@ApplicationScoped
public class TradingStateResource {

    private static final Logger LOG = Logger.getLogger(TradingStateResource.class);

    @Inject
    RiskManagerService service;

    @Inject
    RiskConfig config;

    private OperatorToken token;

    void onStart(@Observes StartupEvent event) {
        token = new OperatorToken(config.operatorToken());
        if (!token.configured()) {
            LOG.warnf("%s (TRADESUITE_OPERATOR_TOKEN) is not set: POST /trading-state refuses every change with 503",
                    RiskConfigCheck.OPERATOR_TOKEN);
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The trading state folded from trading-state",
            description = "The operator's state and the latches of the daily loss limit and the max drawdown; the"
                    + " most severe is in force.")
    @APIResponse(responseCode = "200", description = "The state in force, who set it, why and until when",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TradingStateView.class)))
    public TradingStateView current() {
        return service.tradingStateView();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An operator sets ACTIVE, REDUCING or HALTED",
            description = "Needs Authorization: Bearer <TRADESUITE_OPERATOR_TOKEN>. The change is appended to every"
                    + " partition of trading-state before the answer. flatten: true (with HALTED only) also closes"
                    + " every open position at market after cancelling its orders, each by the instance owning its"
                    + " partition.")
    @APIResponse(responseCode = "200", description = "Appended; the state now in force",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TradingStateView.class)))
    @APIResponse(responseCode = "400", description = "The body is not {state, reason, flatten}, or flatten without"
            + " HALTED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "401", description = "No bearer token",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "403", description = "The bearer token does not match",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "503", description = "No operator token configured, or the log did not take it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    public Response change(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, TradingStateRequest request) {
        OperatorToken.Verdict verdict = tokenCheck().check(authorization);
        switch (verdict) {
            case NOT_CONFIGURED:
                return error(Response.Status.SERVICE_UNAVAILABLE, "no operator token is configured ("
                        + RiskConfigCheck.OPERATOR_TOKEN + " / TRADESUITE_OPERATOR_TOKEN): changes are refused");
            case MISSING:
                return error(Response.Status.UNAUTHORIZED, "Authorization: Bearer <operator token> is required");
            case WRONG:
                LOG.warn("POST /trading-state refused: wrong operator token");
                return error(Response.Status.FORBIDDEN, "the operator token does not match");
            default:
                break;
        }
        if (request == null || request.state() == null || request.reason() == null || request.reason().isBlank()) {
            return error(Response.Status.BAD_REQUEST, "body must be {\"state\": \"ACTIVE|REDUCING|HALTED\", "
                    + "\"reason\": \"...\", \"flatten\": false}");
        }
        TradingStatus state;
        try {
            state = TradingStatus.valueOf(request.state().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return error(Response.Status.BAD_REQUEST, "state must be ACTIVE, REDUCING or HALTED");
        }
        boolean flatten = Boolean.TRUE.equals(request.flatten());
        if (flatten && state != TradingStatus.HALTED) {
            return error(Response.Status.BAD_REQUEST, "flatten goes with HALTED only: nothing was changed");
        }
        try {
            return Response.ok(service.operatorChange(state, request.reason().strip(), flatten)).build();
        } catch (EventLogUnavailableException down) {
            LOG.warnf("trading state change not written: %s", down.getMessage());
            return error(Response.Status.SERVICE_UNAVAILABLE, "the log did not take the change; try again");
        }
    }

    private OperatorToken tokenCheck() {
        return token != null ? token : new OperatorToken(config.operatorToken());
    }

    private static Response error(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(Map.of("error", message)).build();
    }
}
