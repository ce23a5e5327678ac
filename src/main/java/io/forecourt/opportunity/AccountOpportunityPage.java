package io.forecourt.opportunity;

import io.forecourt.common.web.FormErrors;
import io.forecourt.account.AccountAccess;
import io.forecourt.common.web.FormErrors;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Opening an opportunity from an account's page; a refused form comes back with what was typed. */
@Path("/accounts/{accountId:\\d+}/opportunities")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.REP, Role.MANAGER, Role.ADMIN})
public class AccountOpportunityPage {

    /** The form as typed. */
    public record NewForm(String name, String stage, String amount, String expectedCloseDate, String probability) {

        public boolean selects(Stage s) {
            return s.name().equals(stage);
        }
    }

    @CheckedTemplate(basePath = "OpportunityPages")
    static class Templates {
        static native TemplateInstance open(long accountId, String accountName, NewForm form,
                                            Map<String, String> errors, List<Stage> stages);
    }

    @Inject
    AccountAccess accounts;

    @Inject
    OpportunityService opportunities;

    @Inject
    FormErrors formErrors;

    @GET
    @Path("new")
    public TemplateInstance form(@PathParam("accountId") long accountId) {
        String name = accounts.requireWritable(accountId).getName();
        return Templates.open(accountId, name, new NewForm(null, Stage.PROSPECTING.name(), null,
                LocalDate.now().plusDays(90).toString(), null), Map.of(), Stage.OPEN);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(@PathParam("accountId") long accountId, @RestForm String name, @RestForm String stage,
                         @RestForm String amount, @RestForm String expectedCloseDate, @RestForm String probability) {
        String accountName = accounts.requireWritable(accountId).getName();
        NewForm form = new NewForm(name, stage, amount, expectedCloseDate, probability);
        Map<String, String> errors = new TreeMap<>();
        Stage s = Stage.OPEN.stream().filter(x -> x.name().equals(stage)).findFirst().orElse(null);
        if (s == null) {
            errors.put("stage", "is one of the open stages");
        }
        BigDecimal value = null;
        try {
            value = blank(amount) ? null : new BigDecimal(amount.strip().replace(",", "").replace(" ", ""));
        } catch (NumberFormatException e) {
            errors.put("amount", "is an amount such as 24500");
        }
        LocalDate close = null;
        try {
            close = blank(expectedCloseDate) ? null : LocalDate.parse(expectedCloseDate.strip());
        } catch (DateTimeParseException e) {
            errors.put("expectedCloseDate", "is a date");
        }
        Integer percent = null;
        try {
            percent = blank(probability) ? null : Integer.valueOf(probability.strip());
        } catch (NumberFormatException e) {
            errors.put("probability", "is a whole percentage, or empty for the stage's default");
        }
        OpportunityRequest request = new OpportunityRequest(accountId, blank(name) ? null : name.strip(), s, percent,
                value, null, close, null, null, null);
        errors = formErrors.of(request, errors);
        if (!errors.isEmpty()) {
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.open(accountId, accountName, form, errors, Stage.OPEN).render()).build();
        }
        opportunities.create(request);
        return Response.seeOther(URI.create("/accounts/" + accountId + "?saved=opportunity")).build();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
