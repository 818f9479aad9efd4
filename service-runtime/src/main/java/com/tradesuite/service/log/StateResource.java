package com.tradesuite.service.log;

import java.util.LinkedHashMap;
import java.util.Map;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /state}: the service's state as folded from the log, with the partitions it owns and the offset it has
 * folded up to on each (503 until the replay has finished, and once the log consumer has failed).
 */
@Path("/state")
public class StateResource {

    @Inject
    Instance<EventSourcedService> service;

    @Inject
    EventLogRuntime runtime;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
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
