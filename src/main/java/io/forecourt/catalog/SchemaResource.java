package io.forecourt.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/** The catalogue document's JSON Schema, for editors and for anyone writing a product line. */
@Path("/api/schemas")
@PermitAll
public class SchemaResource {

    @Inject
    CatalogSchema schema;

    @GET
    @Path("catalog-document.json")
    @Produces("application/schema+json")
    public byte[] catalogDocument() {
        return schema.text();
    }
}
