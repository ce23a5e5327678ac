package io.forecourt.forecast;

/** Whom a target is for. */
public enum Scope {
    REP, TEAM, TERRITORY;

    /** {@code rep}, {@code team} or {@code territory}, any case; 400 otherwise. */
    public static Scope parse(String s) {
        if (s == null || s.isBlank()) {
            return REP;
        }
        try {
            return valueOf(s.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw io.forecourt.common.web.ForecourtException.badRequest("scope is rep, team or territory");
        }
    }
}
