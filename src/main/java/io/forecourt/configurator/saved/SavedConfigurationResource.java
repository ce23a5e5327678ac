package io.forecourt.configurator.saved;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** Saving and sharing configurations; public (the share code is the key). */
@Path("/api/configurations")
@Produces(MediaType.APPLICATION_JSON)
public class SavedConfigurationResource {

    @Inject
    SavedConfigurationService service;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(@Valid @NotNull SaveRequest request) {
        SavedView saved = service.save(request);
        return Response.created(URI.create("/api/configurations/" + saved.code())).entity(saved).build();
    }

    @GET
    @Path("{code}")
    public SavedView get(@PathParam("code") String code) {
        return service.find(code);
    }
}
