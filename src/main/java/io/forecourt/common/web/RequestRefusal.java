package io.forecourt.common.web;

import java.sql.SQLException;

/**
 * Failures of the HTTP layer's own parsers (form decoding, multipart, the query string) and the
 * database's refusal of a value it cannot store: the client's input, not a bug, so a 4xx. Recognised
 * by where they were thrown, since the parsers throw plain runtime exceptions.
 */
record RequestRefusal(int status, String title, String detail) {

    /** What the database's refusal says: it cannot name the field, so a request record should have refused first. */
    static final String UNNAMED_DATA_DETAIL = "A value is too long, out of range, or contains a character that cannot be stored";

    private static final String FORM_PARSING = "org.jboss.resteasy.reactive.server.handlers.FormBodyHandler";
    private static final String MULTIPART = "org.jboss.resteasy.reactive.server.core.multipart.";
    private static final String URL_DECODING = "org.jboss.resteasy.reactive.common.util.URLUtils";

    static RequestRefusal of(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                // data exception: too long for its column, a NUL, a number or date out of range
                return new RequestRefusal(400, "Invalid request", UNNAMED_DATA_DETAIL);
            }
        }
        for (StackTraceElement frame : e.getStackTrace()) {
            String type = frame.getClassName();
            if (type.startsWith(FORM_PARSING) || type.startsWith(MULTIPART)) {
                String message = String.valueOf(e.getMessage());
                if (message.startsWith("Param limit")) {
                    return new RequestRefusal(413, "Content Too Large", "The form has too many fields");
                }
                return new RequestRefusal(400, "Malformed request",
                        "The form could not be read: its encoding is broken or it is not the multipart body it claims");
            }
            if (type.equals(URL_DECODING)) {
                return new RequestRefusal(400, "Malformed request", "The address or form has broken percent-encoding");
            }
        }
        return null;
    }
}
