package io.forecourt.quote;

import io.forecourt.common.web.ForecourtException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
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

import java.net.URI;
import java.util.UUID;

/**
 * The customer's quote behind the link: a clean, printable page with accept and decline, no account
 * needed. Each rendering carries a fresh Idempotency-Key, so a double click places one order.
 */
@Path("/quotes/{token:q[A-Za-z0-9_-]{8,80}}")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class CustomerQuotePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance customer(CustomerQuote quote, String token, String key, String notice,
                                                String error);

        static native TemplateInstance review(CustomerQuote quote, String token, String key, String error);
    }

    @Inject
    CustomerQuotes quotes;

    @Inject
    QuoteAcceptance acceptance;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    @GET
    public TemplateInstance show(@PathParam("token") String token, @QueryParam("accepted") String accepted,
                                 @QueryParam("declined") String declined) {
        String notice = accepted != null ? "Thank you: your order " + accepted + " is placed. Your sales contact will confirm it."
                : declined != null ? "You declined this quote. Your sales contact has been told." : null;
        return Templates.customer(quotes.byToken(token), token, UUID.randomUUID().toString(), notice, null);
    }

    /** The step before ordering: the car, the price, the validity and the terms, and a confirmation to tick. */
    @GET
    @Path("review")
    public Response review(@PathParam("token") String token) {
        CustomerQuote q = quotes.byToken(token);
        if (!q.open()) {
            return Response.seeOther(URI.create("/quotes/" + token)).build();
        }
        return Response.ok(Templates.review(q, token, UUID.randomUUID().toString(), null)).build();
    }

    @POST
    @Path("accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@PathParam("token") String token, @RestForm String key, @RestForm String confirm)
            throws com.fasterxml.jackson.core.JsonProcessingException {
        if (!"yes".equals(confirm)) {
            CustomerQuote q = quotes.byToken(token);
            if (q.open()) {
                return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                        .entity(Templates.review(q, token, key == null || key.isBlank() ? UUID.randomUUID().toString() : key,
                                "Tick the box to confirm the order: nothing has been ordered yet")).build();
            }
        }
        try {
            QuoteAcceptance.Answer a = acceptance.accept(token, key == null || key.isBlank() ? null : key);
            String number = json.readTree(a.body()).path("number").asText();
            return Response.seeOther(URI.create("/quotes/" + token + "?accepted=" + number)).build();
        } catch (ForecourtException e) {
            return failed(token, e);
        }
    }

    @POST
    @Path("decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decline(@PathParam("token") String token) {
        try {
            acceptance.decline(token);
            return Response.seeOther(URI.create("/quotes/" + token + "?declined")).build();
        } catch (ForecourtException e) {
            return failed(token, e);
        }
    }

    private Response failed(String token, ForecourtException e) {
        if (e.status() != 409 && e.status() != 422) {
            throw e;
        }
        return Response.status(e.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.customer(quotes.byToken(token), token, UUID.randomUUID().toString(), null,
                        e.getMessage())).build();
    }
}
