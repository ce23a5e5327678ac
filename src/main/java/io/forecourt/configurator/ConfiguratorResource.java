package io.forecourt.configurator;

import io.forecourt.configurator.evaluation.ConfiguratorService;
import jakarta.inject.Inject;
import io.forecourt.common.web.ForecourtException;
import io.forecourt.configurator.evaluation.Evaluation;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The configurator's click, for the page's script and for API clients. Public: no sign-in. */
@Path("/api/configurator")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConfiguratorResource {

    @Inject
    ConfiguratorService service;

    @POST
    @Path("evaluate")
    public Evaluation evaluate(EvaluateRequest request) {
        if (request == null) {
            throw ForecourtException.badRequest("The request needs a JSON body with the product and selections");
        }
        EvaluateRequest checked = request.checked();
        return service.evaluate(checked.product(), checked.selectionsOrEmpty(), checked.market());
    }
}
