package io.forecourt.quote;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;

/** The customer's side of a sent quote, keyed by the link's token; no account needed. */
@Path("/api/public/quotes/{token}")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicQuoteResource {

    @Inject
    CustomerQuotes quotes;

    @Inject
    QuoteAcceptance acceptance;

    @GET
    public CustomerQuote get(@PathParam("token") String token) {
        return quotes.byToken(token);
    }

    /** 201 with the order; 200 with the same order when it was already accepted; the same key replays the first answer. */
    @POST
    @Path("accept")
    public Response accept(@PathParam("token") String token, @HeaderParam("Idempotency-Key") String key) {
        QuoteAcceptance.Answer a = acceptance.accept(token, key);
        Response.ResponseBuilder r = Response.status(a.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(a.body());
        if (a.replayed()) {
            r.header("Idempotent-Replayed", "true");
        }
        return r.build();
    }

    @POST
    @Path("decline")
    public CustomerQuote decline(@PathParam("token") String token) {
        return CustomerQuote.of(acceptance.decline(token), LocalDate.now());
    }
}
