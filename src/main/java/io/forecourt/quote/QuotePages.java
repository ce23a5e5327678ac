package io.forecourt.quote;

import io.forecourt.common.web.ForecourtException;
import io.forecourt.common.web.Violation;
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
import java.util.List;

/** The rep's quotes: the list with a "new quote" form, and one quote with its actions. */
@Path("/quotes")
@RolesAllowed({Role.REP, Role.MANAGER, Role.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class QuotePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<QuoteView> quotes);

        static native TemplateInstance detail(QuoteView quote, boolean mayApprove, QuoteMails.Text email,
                                              String notice, String error);
    }

    @Inject
    QuoteService quotes;

    @Inject
    QuoteRepository repository;

    @Inject
    QuoteApprovals approvals;

    @Inject
    QuoteSending sending;

    @Inject
    QuoteMails mails;


    @GET
    public TemplateInstance list(@QueryParam("status") QuoteStatus status) {
        return Templates.list(quotes.list(status, null));
    }

    @GET
    @Path("{id:\\d+}")
    public TemplateInstance detail(@PathParam("id") long id, @QueryParam("created") String created,
                                   @QueryParam("sent") String sent, @QueryParam("revised") String revised,
                                   @QueryParam("mailed") String mailed, @QueryParam("mail") String mail) {
        String notice = created != null ? "Quote created." : revised != null ? "Quote changed."
                : mailed != null ? (sent != null ? "Sent and emailed to " : "Emailed to ") + mailed + "."
                : mail != null ? (sent != null ? "Sent. " : "") + mailProblem(mail)
                : sent != null ? "Sent: give the customer the link below." : null;
        return page(id, notice, null);
    }

    @POST
    @Path("{id:\\d+}/send")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send(@PathParam("id") long id, @RestForm Integer version, @RestForm String email) {
        QuoteSending.Sent s;
        try {
            s = sending.send(id, version, email == null || email.isBlank() ? null : email);
        } catch (ForecourtException e) {
            return failed(id, e);
        }
        return Response.seeOther(URI.create("/quotes/" + id + "?sent=yes" + mailQuery(s.mail()))).build();
    }

    @POST
    @Path("{id:\\d+}/email")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response email(@PathParam("id") long id, @RestForm String email) {
        QuoteSending.Sent s;
        try {
            s = sending.mail(id, email == null ? "" : email);
        } catch (ForecourtException e) {
            return failed(id, e);
        }
        return Response.seeOther(URI.create("/quotes/" + id + "?" + mailQuery(s.mail()).substring(1))).build();
    }

    private static String mailQuery(QuoteMails.Delivery d) {
        if (d == null) {
            return "";
        }
        if (d.sent()) {
            return "&mailed=" + java.net.URLEncoder.encode(d.to(), java.nio.charset.StandardCharsets.UTF_8);
        }
        return "&mail=" + (d.to() == null ? "address" : d.message().startsWith("No mail server") ? "off" : "failed");
    }

    private static String mailProblem(String code) {
        return switch (code) {
            case "address" -> "No valid email address was given: copy the email text below into your own email.";
            case "off" -> "No mail server is configured: copy the email text below into your own email.";
            default -> "The email could not be sent: copy the email text below into your own email.";
        };
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
        } catch (jakarta.validation.ConstraintViolationException e) {
            // the service judges the change as the API does; the page says which field and why
            String why = io.forecourt.common.web.FormErrors.of(e).entrySet().stream()
                    .map(f -> ("discountPercent".equals(f.getKey()) ? "The discount" : f.getKey()) + " " + f.getValue())
                    .collect(java.util.stream.Collectors.joining("; "));
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(page(id, null, why)).build();
        }
        return Response.seeOther(URI.create("/quotes/" + id + "?revised")).build();
    }

    private TemplateInstance page(long id, String notice, String error) {
        QuoteView q = quotes.get(id);
        boolean mayApprove = q.status() == QuoteStatus.PENDING_APPROVAL
                && approvals.mayApprove(repository.findById(id));
        return Templates.detail(q, mayApprove, mails.text(q), notice, error);
    }

    private Response failed(long id, ForecourtException e) {
        if (e.status() != 409 && e.status() != 422 && e.status() != 400) {
            throw e;
        }
        return Response.status(e.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page(id, null, e.getMessage() + violations(e))).build();
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
