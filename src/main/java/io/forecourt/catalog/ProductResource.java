package io.forecourt.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The public catalogue: anyone may browse the car models before signing in. */
@Path("/api/products")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class ProductResource {

    @Inject
    CatalogService catalog;

    @GET
    public List<ProductSummary> list() {
        return catalog.list();
    }

    @GET
    @Path("{code}")
    public ProductDetail get(@PathParam("code") String code) {
        return ProductDetail.of(catalog.get(code));
    }
}
