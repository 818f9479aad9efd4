package com.tradesuite.service.log;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code GET /state}: the service's state as folded from the log (503 until the replay has finished). */
@Path("/state")
public class StateResource {

    @Inject
    Instance<EventSourcedService> service;

    @Inject
    EventLogRuntime runtime;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response state() {
        if (!runtime.replayed()) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .entity(Map.of("status", "replaying", "replayedEvents", runtime.replayedEvents())).build();
        }
        Object view = service.isResolvable() ? service.get().stateView() : Map.of();
        return Response.ok(view).build();
    }
}
