package io.forecourt.quote;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.forecourt.common.web.ForecourtException;
import io.forecourt.configurator.evaluation.ConfiguratorService;
import io.forecourt.configurator.evaluation.ConfigurationCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Checks each line of a quote against the catalogue and rules in service now (at accept). */
@ApplicationScoped
class Revalidation {

    /** Why a line no longer holds: its configuration, the rule (or "catalogue") and the message. */
    record Reason(String configuration, String rule, String message) {
    }

    @Inject
    ConfiguratorService configurator;

    @Inject
    ObjectMapper json;

    void requireStillValid(Quote q) {
        List<Reason> reasons = new ArrayList<>();
        for (QuoteLine l : q.getLines()) {
            try {
                ConfigurationCheck e = configurator.check(l.getProductCode(), selections(l), l.getMarket());
                e.violations().forEach(v -> reasons.add(new Reason(l.getConfigurationCode(), v.rule(), v.message())));
                if (e.violations().isEmpty() && !e.buildable()) {
                    reasons.add(new Reason(l.getConfigurationCode(), "catalogue",
                            "The configuration is no longer complete: the catalogue asks for more choices"));
                }
            } catch (ForecourtException ex) {
                reasons.add(new Reason(l.getConfigurationCode(), "catalogue", ex.getMessage()));
            }
        }
        if (!reasons.isEmpty()) {
            // 422 like every rule violation: the configuration cannot be built as it stands
            throw new ForecourtException(422, "Configuration no longer valid",
                    "The quote cannot be accepted as it stands: " + reasons.get(0).message()
                            + " Your sales contact will send a revised quote.",
                    Map.of("reasons", reasons, "violations", reasons.stream().map(r -> Map.of("rule", r.rule(),
                            "message", r.message(), "options", List.of(), "configuration", r.configuration())).toList()));
        }
    }

    private List<String> selections(QuoteLine l) {
        try {
            return json.readValue(l.getSelectionsJson(), new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
