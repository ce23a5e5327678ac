package io.forecourt.opportunity;

import io.forecourt.common.web.ForecourtException;
import io.forecourt.common.web.PageAnswers;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pipeline board: open opportunities in stage columns. Each card moves one tap to the next or
 * previous stage, to any stage or closed (won, or lost with a reason), and has its amount, expected
 * close date and probability edited, all by plain form posts that redirect back to the board.
 */
@Path("/pipeline")
@RolesAllowed({Role.REP, Role.MANAGER, Role.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class PipelinePage {

    @CheckedTemplate(basePath = "OpportunityPages")
    static class Templates {
        static native TemplateInstance board(Board board, String notice, String error, PipelineForms.Move move,
                                             PipelineForms.Edit edit);
    }

    @Inject
    Pipelines pipelines;

    @Inject
    OpportunityService opportunities;

    @GET
    public TemplateInstance show(@QueryParam("owner") String owner, @QueryParam("moved") Long moved,
                                 @QueryParam("closed") String closed, @QueryParam("saved") Long saved) {
        String notice = "CLOSED_WON".equals(closed) ? "Won: the opportunity is closed."
                : "CLOSED_LOST".equals(closed) ? "Lost: the opportunity is closed with its reason."
                : moved != null ? "Moved." : saved != null ? "Saved." : null;
        return Templates.board(pipelines.board(owner(owner)), notice, null, null, null);
    }

    @POST
    @Path("opportunities/{id:\\d+}/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("id") long id, @RestForm String to, @RestForm Integer version,
                         @RestForm Long owner, @RestForm String lostReason, @RestForm String note) {
        Stage stage = stage(to);
        if (stage == null || version == null) {
            return page(400, owner, "Choose a stage to move to", new PipelineForms.Move(id, to, lostReason, note,
                    "Choose a stage to move to"), null);
        }
        try {
            opportunities.move(id, new StageMove(stage, version, blank(note), blank(lostReason)));
        } catch (ForecourtException e) {
            // a refused rule keeps what was typed; a conflict shows the card as it is now
            return PageAnswers.rerender(e, r -> page(r.status(), owner, r.getMessage(), r.status() == 422
                    ? new PipelineForms.Move(id, to, lostReason, note, r.getMessage()) : null, null), 409, 422);
        }
        String done = stage.isClosed() ? "closed=" + stage : "moved=" + id;
        return Response.seeOther(URI.create("/pipeline?" + ownerParam(owner) + done)).build();
    }

    @POST
    @Path("opportunities/{id:\\d+}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("id") long id, @RestForm String amount, @RestForm String expectedCloseDate,
                         @RestForm String probability, @RestForm Integer version, @RestForm Long owner) {
        Map<String, String> errors = new TreeMap<>();
        BigDecimal value = parse(amount, "amount", errors, s -> {
            BigDecimal v = new BigDecimal(s.replace(",", "").replace(" ", ""));
            return v.signum() < 0 ? null : v;
        }, "is an amount of 0 or more");
        LocalDate close = parse(expectedCloseDate, "expectedCloseDate", errors, LocalDate::parse, "is a date");
        Integer percent = probability == null || probability.isBlank() ? null
                : parse(probability, "probability", errors, s -> {
                    int p = Integer.parseInt(s.strip());
                    return p < 0 || p > 100 ? null : p;
                }, "is a percentage from 0 to 100, or empty for the stage's default");
        if (version == null) {
            errors.put("version", "is missing; reload the board");
        }
        if (!errors.isEmpty()) {
            return page(400, owner, "Some fields need a look: see the card.", null,
                    new PipelineForms.Edit(id, amount, expectedCloseDate, probability, errors));
        }
        try {
            OpportunityView o = opportunities.get(id);
            opportunities.update(id, new OpportunityRequest(o.accountId(), o.name(), null, percent, value,
                    o.currency(), close, null, null, version));
        } catch (ForecourtException e) {
            return PageAnswers.rerender(e, stale -> page(409, owner, "Someone else changed this opportunity while "
                    + "you were editing it. The board shows it as it is now; make your change again.", null, null), 409);
        }
        return Response.seeOther(URI.create("/pipeline?" + ownerParam(owner) + "saved=" + id)).build();
    }

    private interface Parser<T> {
        T parse(String s) throws RuntimeException;
    }

    /** The parsed value, or null with the message under the field when it is missing or unreadable. */
    private static <T> T parse(String raw, String field, Map<String, String> errors, Parser<T> parser, String message) {
        T value = null;
        try {
            value = raw == null || raw.isBlank() ? null : parser.parse(raw.strip());
        } catch (NumberFormatException | DateTimeParseException e) {
            value = null;
        }
        if (value == null) {
            errors.put(field, message);
        }
        return value;
    }

    /** The rep selector sends an empty owner for "the whole team". */
    private static Long owner(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ForecourtException.badRequest("owner is a user id");
        }
    }

    private static Stage stage(String value) {
        try {
            return value == null || value.isBlank() ? null : Stage.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String ownerParam(Long owner) {
        return owner != null ? "owner=" + owner + "&" : "";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private Response page(int status, Long owner, String error, PipelineForms.Move move, PipelineForms.Edit edit) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.board(pipelines.board(owner), null, error, move, edit)).build();
    }
}
