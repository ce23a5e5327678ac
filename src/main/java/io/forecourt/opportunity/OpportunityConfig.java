package io.forecourt.opportunity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;

/** Settings of opportunities (FORECOURT_OPPORTUNITY_...). */
@ConfigMapping(prefix = "forecourt.opportunity")
public interface OpportunityConfig {

    /**
     * The default probability (percent) of each stage, in stage order: prospecting, qualification,
     * proposal, negotiation, closed won, closed lost. An opportunity may override its own.
     */
    @WithDefault("10,25,50,75,100,0")
    List<Integer> probabilities();

    /** The currency of a new opportunity that names none, and of the pipeline when none is asked for. */
    @WithDefault("EUR")
    String currency();

    default int probability(Stage stage) {
        List<Integer> p = probabilities();
        if (p.size() != Stage.values().length) {
            throw new IllegalStateException("forecourt.opportunity.probabilities needs " + Stage.values().length
                    + " values, one per stage");
        }
        return p.get(stage.ordinal());
    }
}
