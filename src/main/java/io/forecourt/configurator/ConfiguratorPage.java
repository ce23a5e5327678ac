package io.forecourt.configurator;

import io.forecourt.configurator.evaluation.ConfiguratorService;
import io.forecourt.catalog.CatalogService;
import io.forecourt.catalog.ProductDocument;
import io.forecourt.catalog.ProductSummary;
import io.forecourt.common.web.ForecourtException;
import io.forecourt.configurator.evaluation.Evaluation;
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

        /**
         * {@code evaluation}: the customer's own choices (availability, reasons); {@code car}: the
         * product as shown, own choices plus defaults (price, violations, repairs, ready or not).
         */
        static native TemplateInstance configure(ProductDocument product, Evaluation evaluation, Evaluation car,
                                                 ConfiguratorView view, String state, String shown,
                                                 List<String> changes, String saveError);
    }

    @Inject
    CatalogService catalog;

    @Inject
    ConfiguratorService configurator;

    @Inject
    ConfiguratorChanges changes;

    @Inject
    SavedConfigurationService saved;

    @GET
    public TemplateInstance products() {
        return Templates.products(catalog.list());
    }

    @GET
    @Path("{product}")
    public TemplateInstance configure(@PathParam("product") String code, @QueryParam("s") String state,
                                      @QueryParam("market") String market, @QueryParam("changed") String changed) {
        return page(code, parse(state), market, changes.describeChanges(code, market, changed), null);
    }

    /** The customer's own choices judge availability; the defaults are shown beside them as suggestions. */
    private TemplateInstance page(String code, List<String> own, String market, List<String> changes, String saveError) {
        ProductDocument product = catalog.find(code).orElseThrow(() -> ForecourtException.notFound("Product " + code));
        Evaluation e = configurator.evaluate(code, own, market);
        List<String> shown = new ArrayList<>(e.selections());
        shown.addAll(e.defaults());
        Evaluation car = e.defaults().isEmpty() ? e : configurator.evaluate(code, shown, e.market());
        return Templates.configure(product, e, car, ConfiguratorView.of(product, e), String.join(",", e.selections()),
                String.join(",", shown), changes, saveError);
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
        List<String> own = parse(form.getFirst("own"));
        List<String> suggested = parse(form.getFirst("suggested"));
        if (form.containsKey("repair")) {
            // a repair carries the whole product as shown; the defaults it keeps stay defaults
            List<String> repaired = parse(form.getFirst("repair")).stream().filter(o -> !suggested.contains(o)).toList();
            return Response.seeOther(stateUri(code, repaired, market)).build();
        }
        List<String> wanted = chosen(form);
        if (form.containsKey("complete")) {
            List<String> done = configurator.complete(code, wanted, market).orElse(wanted);
            return Response.seeOther(stateUri(code, done, market)).build();
        }
        CustomerChange.Result r = changes.change(code, market, wanted, own, suggested);
        // "from~to" per change ("~" is never part of a code, and stays readable in the address)
        String changed = String.join(",", r.changes().stream().map(c -> encode(c.from()) + "~" + encode(c.to())).toList());
        URI target = stateUri(code, r.own(), market);
        return Response.seeOther(changed.isEmpty() ? target : URI.create(target + "&changed=" + changed)).build();
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
            String html = page(code, parse(form.getFirst("own")), market, List.of(),
                    "Please give a valid email address, or none.").render();
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(html).build();
        }
    }

    private static String encode(String code) {
        return code == null ? "" : URLEncoder.encode(code, StandardCharsets.UTF_8);
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
