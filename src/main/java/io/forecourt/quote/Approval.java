package io.forecourt.quote;

import io.forecourt.rules.CompiledRules;

import java.util.ArrayList;
import java.util.List;

/**
 * The global {@code approval} quote rules write to. Each decision carries the name of the rule that
 * made it, so the rep and the approver read which policy spoke.
 */
public class Approval {

    /** Who must approve, or that the quote is refused outright. Later constants outrank earlier ones. */
    public enum Level { MANAGER, ADMIN, REFUSED }

    public record Decision(String rule, Level level, String message) {
    }

    private final List<Decision> decisions = new ArrayList<>();

    /** The quote needs the approval of {@code level} ("manager" or "admin"). */
    public void needs(Object drools, String level, String message) {
        decisions.add(new Decision(CompiledRules.firingRule(drools), Level.valueOf(level.toUpperCase(java.util.Locale.ROOT)),
                message));
    }

    /** The quote cannot be made as it stands (422 to the rep). */
    public void refuse(Object drools, String message) {
        decisions.add(new Decision(CompiledRules.firingRule(drools), Level.REFUSED, message));
    }

    public List<Decision> decisions() {
        return decisions;
    }
}
