package io.forecourt.configurator.saved;

import io.forecourt.catalog.CatalogService;
import io.forecourt.catalog.ProductDocument;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The share link of a saved configuration: what was saved, at what price, and whether it still holds today. */
@Path("/configurations")
@Produces(MediaType.TEXT_HTML)
public class SavedConfigurationPage {

    /** A chosen option as the page shows it. */
    public record Line(String group, String option) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance saved(SavedView saved, ProductDocument product, List<Line> lines);
    }

    @Inject
    SavedConfigurationService service;

    @Inject
    CatalogService catalog;

    @GET
    @Path("{code}")
    public TemplateInstance show(@PathParam("code") String code) {
        SavedView saved = service.find(code);
        ProductDocument product = catalog.get(saved.product());
        List<Line> lines = saved.selections().stream()
                .map(o -> product.groupOf(o).map(g -> new Line(g.name(),
                        g.option(o).map(x -> x.name()).orElse(o))).orElse(new Line("", o)))
                .toList();
        return Templates.saved(saved, product, lines);
    }
}
