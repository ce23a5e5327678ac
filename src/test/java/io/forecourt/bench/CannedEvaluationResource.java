package io.forecourt.bench;

import io.forecourt.configurator.evaluation.ConfiguratorService;
import io.forecourt.configurator.EvaluateRequest;
import io.forecourt.configurator.evaluation.Evaluation;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Test-only: the evaluate endpoint's HTTP and JSON work without the evaluation (a canned answer of
 * the same size), to tell the transport's share of a click from the configurator's.
 */
@Path("/api/bench/canned-evaluation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CannedEvaluationResource {

    @Inject
    ConfiguratorService service;

    private volatile Evaluation canned;

    @POST
    public Evaluation evaluate(@Valid @NotNull EvaluateRequest request) {
        return answer();
    }

    @POST
    @Path("unvalidated")
    public Evaluation unvalidated(EvaluateRequest request) {
        return answer();
    }

    @jakarta.ws.rs.GET
    public Evaluation get() {
        return answer();
    }

    private Evaluation answer() {
        Evaluation e = canned;
        if (e == null) {
            canned = e = service.evaluate("AURA", java.util.List.of("ENG_P150", "TRIM_STYLE"), null);
        }
        return e;
    }
}
