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

    /** The configurator's rules at the top level (as before), the quote approval rules under {@code quote}. */
    public record RulesView(String version, List<String> files, List<RuleView> rules, QuoteRulesView quote) {
        static RulesView of(RuleBase base, QuoteRuleBase quote) {
            return new RulesView(base.version(), base.files(), base.rules().stream()
                    .map(r -> new RuleView(r.name(), r.file(), r.line(), r.kind().name().toLowerCase(),
                            r.products(), r.options()))
                    .toList(), new QuoteRulesView(quote.version(), quote.files(), quote.rules()));
        }
    }

    public record QuoteRulesView(String version, List<String> files, List<QuoteRuleBase.RuleInfo> rules) {
    }

    @Inject
    ConfiguratorRules rules;

    @GET
    public RulesView current() {
        return RulesView.of(rules.current(), rules.quote());
    }

    @POST
    @Path("reload")
    public RulesView reload() {
        RuleBase fresh = rules.reload();
        return RulesView.of(fresh, rules.quote());
    }
}
