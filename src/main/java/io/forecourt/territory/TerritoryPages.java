package io.forecourt.territory;

import io.forecourt.planning.JobView;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Territory pages: metrics and map, starting a rebalancing, following it, then applying or discarding it. */
@Path("/territories")
@Produces(MediaType.TEXT_HTML)
public class TerritoryPages {

    /** The start form as typed (strings, so a typo is shown back rather than lost). */
    public record StartForm(String balanceWeight, String potentialWeight, String compactnessWeight, String moveWeight,
                            String maxMoves, String seconds) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance territories(List<TerritoryMetrics> metrics, String map, boolean canPlan,
                                                   List<JobView> jobs, StartForm form, Map<String, String> errors,
                                                   String period);

        static native TemplateInstance job(Proposal proposal, ProposalSummary summary, String before, String after,
                                           String notice, String period, String openWork);
    }

    @Inject
    TerritoryService service;

    @Inject
    TerritoryMaps maps;

    @Inject
    TerritoryConfig config;

    @Inject
    CurrentUser currentUser;

    @GET
    @RolesAllowed({Role.PLANNER, Role.ADMIN, Role.MANAGER})
    public TemplateInstance territories() {
        TerritoryConfig.Weights w = config.weights();
        return page(new StartForm(String.valueOf(w.balance()), String.valueOf(w.potential()), String.valueOf(w.compactness()),
                String.valueOf(w.move()), "", String.valueOf(config.defaultSeconds())), Map.of());
    }

    @POST
    @Path("jobs")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.PLANNER, Role.ADMIN})
    public Response start(@RestForm String balanceWeight, @RestForm String potentialWeight,
                          @RestForm String compactnessWeight, @RestForm String moveWeight,
                          @RestForm String maxMoves, @RestForm String seconds) {
        StartForm form = new StartForm(balanceWeight, potentialWeight, compactnessWeight, moveWeight, maxMoves, seconds);
        Map<String, String> errors = new TreeMap<>();
        Long balance = number(balanceWeight, "balanceWeight", 0, 1_000_000, errors);
        Long potential = number(potentialWeight, "potentialWeight", 0, 1_000_000, errors);
        Long compact = number(compactnessWeight, "compactnessWeight", 0, 1_000_000, errors);
        Long move = number(moveWeight, "moveWeight", 0, 1_000_000, errors);
        Long limit = number(maxMoves, "maxMoves", 0, 100_000, errors);
        Long secs = number(seconds, "seconds", 1, config.maxSeconds(), errors);
        if (!errors.isEmpty()) {
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(page(form, errors).render()).build();
        }
        Proposal started = service.start(new RebalanceRequest(balance, potential, compact, move,
                limit == null ? null : limit.intValue(), secs == null ? null : secs.intValue(), null));
        return Response.seeOther(URI.create("/territories/jobs/" + started.job().id())).build();
    }

    @GET
    @Path("jobs/{id}")
    @RolesAllowed({Role.PLANNER, Role.ADMIN})
    public TemplateInstance job(@PathParam("id") String id, @jakarta.ws.rs.QueryParam("done") String done) {
        Proposal proposal = service.proposal(id);
        String notice = switch (done == null ? "" : done) {
            case "applied" -> "Applied: the CRM now shows the new territories and owners.";
            case "stopped" -> "Stopped: the best proposal found so far is below.";
            default -> null;
        };
        boolean solved = proposal.score() != null;
        return Templates.job(proposal, ProposalSummary.of(proposal), maps.svg(id, "before"),
                solved ? maps.svg(id, "after") : null, notice, config.period(), service.defaultOpenWork());
    }

    @POST
    @Path("jobs/{id}/stop")
    @RolesAllowed({Role.PLANNER, Role.ADMIN})
    public Response stop(@PathParam("id") String id) {
        service.stop(id);
        return Response.seeOther(URI.create("/territories/jobs/" + id + "?done=stopped")).build();
    }

    @POST
    @Path("jobs/{id}/apply")
    @RolesAllowed({Role.PLANNER, Role.ADMIN})
    public Response apply(@PathParam("id") String id, @RestForm String openWork) {
        service.apply(id, openWork);
        return Response.seeOther(URI.create("/territories/jobs/" + id + "?done=applied")).build();
    }

    @POST
    @Path("jobs/{id}/discard")
    @RolesAllowed({Role.PLANNER, Role.ADMIN})
    public Response discard(@PathParam("id") String id) {
        service.discard(id);
        return Response.seeOther(URI.create("/territories")).build();
    }

    private TemplateInstance page(StartForm form, Map<String, String> errors) {
        TerritoryService.Current current = service.current();
        boolean canPlan = currentUser.hasRole(Role.PLANNER) || currentUser.hasRole(Role.ADMIN);
        String map = TerritoryMaps.draw(current.baseline(), current.baseline().currentAssignment(), current.visible(), "Now");
        return Templates.territories(current.metrics(), map, canPlan, canPlan ? service.list() : List.of(), form, errors,
                config.period());
    }

    private static Long number(String value, String field, long min, long max, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long n = Long.parseLong(value.trim());
            if (n < min || n > max) {
                errors.put(field, "between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            errors.put(field, "a whole number, please");
            return null;
        }
    }

}
