package io.forecourt.configurator.rules;

import io.forecourt.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Set;

/** Admins see the rules in service and reload them from the folder without a restart. */
@Path("/api/admin/rules")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class RulesAdminResource {

    public record RuleView(String name, String file, int line, String kind, Set<String> products,
                           Set<String> options) {
    }

    public record RulesView(String version, List<String> files, List<RuleView> rules) {
        static RulesView of(RuleBase base) {
            return new RulesView(base.version(), base.files(), base.rules().stream()
                    .map(r -> new RuleView(r.name(), r.file(), r.line(), r.kind().name().toLowerCase(),
                            r.products(), r.options()))
                    .toList());
        }
    }

    @Inject
    ConfiguratorRules rules;

    @GET
    public RulesView current() {
        return RulesView.of(rules.current());
    }

    @POST
    @Path("reload")
    public RulesView reload() {
        return RulesView.of(rules.reload());
    }
}
