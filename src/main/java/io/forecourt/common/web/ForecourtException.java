package io.forecourt.common.web;

import java.util.Map;

/**
 * Base of every exception that carries a meaning for the user. Features subclass it (or use the
 * factories) and the one mapper in this package turns it into problem+json or an error page.
 */
public class ForecourtException extends RuntimeException {

    private final int status;
    private final String title;
    private final transient Map<String, Object> extensions;

    public ForecourtException(int status, String title, String detail, Map<String, Object> extensions) {
        // an expected answer, not a bug: no stack trace to fill (it would cost more than the answer)
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    public ForecourtException(int status, String title, String detail) {
        this(status, title, detail, Map.of());
    }

    public static ForecourtException notFound(String what) {
        return new ForecourtException(404, "Not found", what + " does not exist");
    }

    public static ForecourtException conflict(String detail) {
        return new ForecourtException(409, "Conflict", detail);
    }

    /** 409 for a change based on an old version: nothing is overwritten; the answer says the current one. */
    public static ForecourtException stale(String what, int currentVersion) {
        return new ForecourtException(409, "Conflict",
                "Someone else changed this " + what + " meanwhile; reload it and try again",
                Map.of("currentVersion", currentVersion));
    }

    public static ForecourtException badRequest(String detail) {
        return new ForecourtException(400, "Bad request", detail);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
