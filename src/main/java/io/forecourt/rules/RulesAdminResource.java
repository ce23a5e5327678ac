package io.forecourt.rules;

import io.forecourt.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** Admins see the rule sets in service and reload them all from the folder without a restart. */
@Path("/api/admin/rules")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class RulesAdminResource {

    /** Every rule set in service ({@code configurator}, {@code quote}, ...), in folder order. */
    public record RulesView(List<RuleSetView> sets) {
    }

    @Inject
    Rules rules;

    @GET
    public RulesView current() {
        return new RulesView(rules.inService());
    }

    @POST
    @Path("reload")
    public RulesView reload() {
        return new RulesView(rules.reload());
    }
}
