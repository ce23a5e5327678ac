package io.forecourt.configurator;

import io.forecourt.catalog.CatalogService;
import io.forecourt.catalog.ProductDocument;
import io.forecourt.catalog.ProductSummary;
import io.forecourt.common.web.ForecourtException;
import io.forecourt.configurator.saved.SaveRequest;
import io.forecourt.configurator.saved.SavedConfigurationService;
import io.forecourt.configurator.saved.SavedView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The customer's configurator. Plain forms: every change posts the choices and is redirected to a
 * GET whose URL holds the whole state (so it can be shared and reloaded); with JavaScript the page
 * posts in the background and swaps the result in place.
 */
@Path("/configure")
@Produces(MediaType.TEXT_HTML)
public class ConfiguratorPage {

    static final String OPTION_FIELD = "opt_";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance products(List<ProductSummary> products);

        static native TemplateInstance configure(ProductDocument product, Evaluation evaluation,
                                                 ConfiguratorView view, String state, String saveError);
    }

    @Inject
    CatalogService catalog;

    @Inject
    ConfiguratorService configurator;

    @Inject
    SavedConfigurationService saved;

    @GET
    public TemplateInstance products() {
        return Templates.products(catalog.list());
    }

    @GET
    @Path("{product}")
    public TemplateInstance configure(@PathParam("product") String code, @QueryParam("s") String state,
                                      @QueryParam("market") String market) {
        ProductDocument product = catalog.find(code).orElseThrow(() -> ForecourtException.notFound("Product " + code));
        Evaluation e = configurator.evaluate(code, parse(state), market);
        if (state == null && !e.defaults().isEmpty()) {
            // a fresh start begins from the proposed defaults
            List<String> withDefaults = new ArrayList<>(e.selections());
            withDefaults.addAll(e.defaults());
            e = configurator.evaluate(code, withDefaults, e.market());
        }
        return Templates.configure(product, e, ConfiguratorView.of(product, e), String.join(",", e.selections()), null);
    }

    /**
     * A change of choices, a one-click repair (which carries the whole repaired selection), or
     * "complete the rest for me" (the customer's choices kept, the open groups filled validly).
     */
    @POST
    @Path("{product}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@PathParam("product") String code, MultivaluedMap<String, String> form) {
        String market = form.getFirst("market");
        List<String> selections = form.containsKey("repair") ? parse(form.getFirst("repair")) : chosen(form);
        if (form.containsKey("complete")) {
            selections = configurator.complete(code, selections, market).orElse(selections);
        }
        return Response.seeOther(stateUri(code, selections, market)).build();
    }

    @POST
    @Path("{product}/save")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("product") String code, MultivaluedMap<String, String> form) {
        List<String> selections = parse(form.getFirst("s"));
        String market = form.getFirst("market");
        try {
            SavedView view = saved.save(new SaveRequest(code, selections, market, form.getFirst("name"),
                    form.getFirst("email"), null));
            return Response.seeOther(URI.create(view.link())).build();
        } catch (jakarta.validation.ConstraintViolationException invalid) {
            ProductDocument product = catalog.get(code);
            Evaluation e = configurator.evaluate(code, selections, market);
            String html = Templates.configure(product, e, ConfiguratorView.of(product, e), String.join(",", e.selections()),
                    "Please give a valid email address, or none.").render();
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(html).build();
        }
    }

    static URI stateUri(String product, List<String> selections, String market) {
        // commas may stand in a query: the URL stays readable (and shareable) as ?s=ENG_P110,GB_MAN6
        String s = String.join(",", selections.stream().map(c -> URLEncoder.encode(c, StandardCharsets.UTF_8)).toList());
        String m = market == null || market.isBlank() ? "" : "&market=" + URLEncoder.encode(market, StandardCharsets.UTF_8);
        return URI.create("/configure/" + URLEncoder.encode(product, StandardCharsets.UTF_8) + "?s=" + s + m);
    }

    private static List<String> chosen(MultivaluedMap<String, String> form) {
        List<String> out = new ArrayList<>();
        form.forEach((key, values) -> {
            if (key.startsWith(OPTION_FIELD)) {
                values.stream().filter(v -> v != null && !v.isBlank()).forEach(out::add);
            }
        });
        return out;
    }

    static List<String> parse(String state) {
        if (state == null || state.isBlank()) {
            return List.of();
        }
        return Arrays.stream(state.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
