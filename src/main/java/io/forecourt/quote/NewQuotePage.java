package io.forecourt.quote;

import io.forecourt.common.web.ForecourtException;
import io.forecourt.security.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A new quote without JavaScript: search the account (or arrive from "Quote this" on an account's
 * saved configuration or an opportunity), tick the configurations, name the opportunity, create.
 */
@Path("/quotes/new")
@RolesAllowed({Role.REP, Role.MANAGER, Role.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class NewQuotePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(NewQuote form);
    }

    @Inject
    NewQuotes pages;

    @Inject
    QuoteService quotes;

    @GET
    public TemplateInstance form(@QueryParam("q") String q, @QueryParam("account") Long account,
                                 @QueryParam("opportunity") String opportunity,
                                 @QueryParam("configuration") List<String> configurations) {
        return Templates.form(pages.page(new NewQuotes.Input(q, account, opportunity, configurations, null, null, null),
                null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm Long account, @RestForm String opportunity,
                           @RestForm("configuration") List<String> ticked, @RestForm String codes,
                           @RestForm String discountPercent, @RestForm String validUntil) {
        NewQuotes.Input in = new NewQuotes.Input(null, account, opportunity == null ? "" : opportunity, ticked, codes,
                discountPercent, validUntil);
        if (account == null) {
            return refused(400, in, "Choose the account first");
        }
        List<String> all = new ArrayList<>(new LinkedHashSet<>(concat(ticked, codes)));
        if (all.isEmpty()) {
            return refused(400, in, "Tick a saved configuration or give at least one share code");
        }
        BigDecimal discount;
        LocalDate until;
        try {
            discount = discountPercent == null || discountPercent.isBlank() ? BigDecimal.ZERO
                    : new BigDecimal(discountPercent.trim().replace(',', '.'));
            until = validUntil == null || validUntil.isBlank() ? null : LocalDate.parse(validUntil.trim());
        } catch (NumberFormatException | DateTimeParseException e) {
            return refused(400, in, "The discount is a number of percent and the validity a date (YYYY-MM-DD)");
        }
        if (discount.signum() < 0 || discount.compareTo(BigDecimal.valueOf(100)) > 0) {
            return refused(400, in, "The discount is between 0 and 100 %");
        }
        Long opp = opportunity == null || opportunity.isBlank() ? null : NewQuotes.parseId(opportunity);
        try {
            QuoteView q = quotes.create(new QuoteRequest(account, opp, all, discount, null, until));
            return Response.seeOther(URI.create("/quotes/" + q.id() + "?created")).build();
        } catch (ForecourtException e) {
            if (e.status() != 422 && e.status() != 409 && e.status() != 400) {
                throw e;
            }
            return refused(e.status(), in, e.getMessage() + QuotePages.violations(e));
        }
    }

    private Response refused(int status, NewQuotes.Input in, String error) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.form(pages.page(in, error))).build();
    }

    private static List<String> concat(List<String> ticked, String codes) {
        List<String> all = new ArrayList<>();
        if (ticked != null) {
            ticked.stream().filter(s -> s != null && !s.isBlank()).map(String::trim).forEach(all::add);
        }
        if (codes != null) {
            Arrays.stream(codes.split("[,\\s]+")).filter(s -> !s.isBlank()).map(s -> s.trim().toUpperCase(java.util.Locale.ROOT))
                    .forEach(all::add);
        }
        return all;
    }
}
