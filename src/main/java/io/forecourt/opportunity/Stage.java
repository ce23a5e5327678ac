package io.forecourt.opportunity;

import java.util.Arrays;
import java.util.List;

/** Where an opportunity stands; the four open stages in selling order, then the two closed ones. */
public enum Stage {
    PROSPECTING, QUALIFICATION, PROPOSAL, NEGOTIATION, CLOSED_WON, CLOSED_LOST;

    public static final List<Stage> OPEN = List.of(PROSPECTING, QUALIFICATION, PROPOSAL, NEGOTIATION);

    public boolean isClosed() {
        return this == CLOSED_WON || this == CLOSED_LOST;
    }

    /** Open stages move to any other stage; closed ones move nowhere. */
    public List<Stage> allowedMoves() {
        return isClosed() ? List.of() : Arrays.stream(values()).filter(s -> s != this).toList();
    }

    /** The next open stage, or null at the last one (closing is a choice, not a "next"). */
    public Stage next() {
        int i = OPEN.indexOf(this);
        return i < 0 || i == OPEN.size() - 1 ? null : OPEN.get(i + 1);
    }

    public Stage previous() {
        int i = OPEN.indexOf(this);
        return i <= 0 ? null : OPEN.get(i - 1);
    }

    public String words() {
        String s = name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
