package com.tradesuite.service.log;

import java.util.LinkedHashMap;
import java.util.Map;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /state}: the service's state as folded from the log, with the partitions it owns and the offset it has
 * folded up to on each (503 until the replay has finished, and once the log consumer has failed).
 */
@Path("/state")
@Tag(name = "state", description = "The state every service folds from the event log (shared by all services)")
public class StateResource {

    @Inject
    Instance<EventSourcedService> service;

    @Inject
    EventLogRuntime runtime;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The service's state folded from the log",
            description = "Owned partitions, the offset folded up to per topic partition, and the service's state "
                    + "view; rows in a fixed order, so a state before a crash and the one rebuilt after it compare "
                    + "equal as text.")
    @APIResponse(responseCode = "200", description = "Replayed: the folded state",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "503",
            description = "Still replaying (status=replaying, replayedEvents) or the log consumer failed "
                    + "(status=failed, failure)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    public Response state() {
        if (runtime.failure().isPresent()) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .entity(Map.of("status", "failed", "failure", runtime.failure().get())).build();
        }
        if (!runtime.replayed()) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .entity(Map.of("status", "replaying", "replayedEvents", runtime.replayedEvents())).build();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("service", runtime.serviceName());
        body.put("ownedPartitions", runtime.ownedPartitions().stream().sorted().toList());
        body.put("foldedOffsets", runtime.foldedOffsets());
        body.put("state", service.isResolvable() ? service.get().stateView() : Map.of());
        return Response.ok(body).build();
    }

    /**
     * {@code GET /state/progress}: how far the service has handled its inputs and whether it still has work in hand,
     * small enough to ask after every simulated bar (a lockstep clock waits on it). Always 200: {@code ready} is false
     * while it replays or after its log consumer failed. It only copies counters, so it answers on the I/O thread:
     * one thread hand-off less per call.
     */
    @GET
    @NonBlocking
    @Path("/progress")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "How far the service has handled its inputs",
            description = "Handled offsets per input partition, events handled and work still in hand; asked after "
                    + "every bar by the backtest's lockstep clock.")
    @APIResponse(responseCode = "200",
            description = "Always 200; ready is false while replaying or after the log consumer failed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    public Response progress() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("service", runtime.serviceName());
        body.put("ready", runtime.replayed() && runtime.failure().isEmpty());
        body.put("inputs", runtime.inputs());
        body.put("ownedPartitions", runtime.ownedPartitions().stream().sorted().toList());
        body.put("handledOffsets", runtime.foldedOffsets());
        body.put("handledEvents", runtime.handledEvents());
        body.put("pendingWork", service.isResolvable() ? service.get().pendingWork() : 0);
        return Response.ok(body).build();
    }
}
