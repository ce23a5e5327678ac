package io.forecourt.quote;

import io.forecourt.account.Account;
import io.forecourt.account.AccountRepository;
import io.forecourt.common.web.ForecourtException;
import io.forecourt.common.web.PageAnswers;
import io.forecourt.common.web.Violation;
import io.forecourt.security.CurrentUser;
import io.forecourt.security.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Arrays;
import java.util.List;

/** The rep's quotes: the list with a "new quote" form, and one quote with its actions. */
@Path("/quotes")
@RolesAllowed({Role.REP, Role.MANAGER, Role.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class QuotePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<QuoteView> quotes, List<Account> accounts, String error);

        static native TemplateInstance detail(QuoteView quote, boolean mayApprove, String notice, String error);
    }

    @Inject
    QuoteService quotes;

    @Inject
    QuoteRepository repository;

    @Inject
    QuoteApprovals approvals;

    @Inject
    AccountRepository accounts;

    @Inject
    CurrentUser currentUser;

    @GET
    public TemplateInstance list(@QueryParam("status") QuoteStatus status) {
        return Templates.list(quotes.list(status, null), accounts.listVisible(currentUser.ownerScope(), 0, 200), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm Long account, @RestForm String configurations, @RestForm BigDecimal discountPercent) {
        List<String> codes = configurations == null ? List.of() : Arrays.stream(configurations.split("[,\\s]+"))
                .filter(s -> !s.isBlank()).toList();
        if (account == null || codes.isEmpty()) {
            return listWith(400, "Choose an account and give at least one configuration code");
        }
        try {
            QuoteView q = quotes.create(new QuoteRequest(account, null, codes, discountPercent, null, null));
            return Response.seeOther(URI.create("/quotes/" + q.id() + "?created")).build();
        } catch (ForecourtException e) {
            return PageAnswers.rerender(e, r -> listWith(422, r.getMessage() + violations(r)), 422);
        }
    }

    @GET
    @Path("{id:\\d+}")
    public TemplateInstance detail(@PathParam("id") long id, @QueryParam("created") String created,
                                   @QueryParam("sent") String sent, @QueryParam("revised") String revised) {
        String notice = created != null ? "Quote created." : sent != null ? "Sent: give the customer the link below."
                : revised != null ? "Quote changed." : null;
        return page(id, notice, null);
    }

    @POST
    @Path("{id:\\d+}/send")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send(@PathParam("id") long id, @RestForm Integer version) {
        try {
            quotes.send(id, version);
        } catch (ForecourtException e) {
            return failed(id, e);
        }
        return Response.seeOther(URI.create("/quotes/" + id + "?sent")).build();
    }

    @POST
    @Path("{id:\\d+}/revise")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revise(@PathParam("id") long id, @RestForm BigDecimal discountPercent, @RestForm Integer version) {
        if (version == null) {
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(page(id, null, "Reload the quote and try again")).build();
        }
        try {
            quotes.revise(id, new QuoteChange(null, discountPercent, null, null, version));
        } catch (ForecourtException e) {
            return failed(id, e);
        }
        return Response.seeOther(URI.create("/quotes/" + id + "?revised")).build();
    }

    private TemplateInstance page(long id, String notice, String error) {
        QuoteView q = quotes.get(id);
        boolean mayApprove = q.status() == QuoteStatus.PENDING_APPROVAL
                && approvals.mayApprove(repository.findById(id));
        return Templates.detail(q, mayApprove, notice, error);
    }

    private Response failed(long id, ForecourtException e) {
        if (e.status() != 409 && e.status() != 422 && e.status() != 400) {
            throw e;
        }
        return Response.status(e.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page(id, null, e.getMessage() + violations(e))).build();
    }

    private Response listWith(int status, String error) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.list(quotes.list(null, null), accounts.listVisible(currentUser.ownerScope(), 0, 200),
                        error)).build();
    }

    static String violations(ForecourtException e) {
        Object v = e.extensions().get("violations");
        if (!(v instanceof List<?> list) || list.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (Object o : list) {
            if (o instanceof Violation m && m.message() != null) {
                sb.append(" · ").append(m.options().isEmpty() ? "" : String.join(", ", m.options()) + ": ")
                        .append(m.message());
            }
        }
        return sb.toString();
    }
}
