package io.forecourt.common.web;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one rule for text that arrives outside a JSON body: no NUL character (U+0000), which
 * PostgreSQL cannot store, in a path segment (→ 404: no record has such a name), a query parameter
 * or a form field (→ 400 naming the field). JSON bodies get the same rule from {@link JsonText}.
 * Runs after authentication and matching, and after the form is read.
 */
public class InputGuard {

    static final String NUL_MESSAGE = "must not contain the NUL character (U+0000)";

    @ServerRequestFilter
    @WithFormRead
    public void refuseNul(ResteasyReactiveContainerRequestContext request, UriInfo uri) {
        for (List<String> values : uri.getPathParameters().values()) {
            if (values.stream().anyMatch(InputGuard::unreadable)) {
                throw new ForecourtException(404, "Not found", "There is nothing at this address");
            }
        }
        List<Violation> refused = new ArrayList<>();
        check(uri.getQueryParameters(), refused);
        if (request.getServerRequestContext() instanceof ResteasyReactiveRequestContext context) {
            FormData form = context.getFormData();
            if (form != null) {
                for (String name : form) {
                    for (FormValue value : form.get(name)) {
                        if (!value.isFileItem() && hasNul(value.getValue())) {
                            refused.add(Violation.field(name, "text", NUL_MESSAGE));
                            break;
                        }
                    }
                }
            }
        }
        if (!refused.isEmpty()) {
            throw invalid(refused);
        }
    }

    /** The 400 of a request whose fields are not acceptable, in the shape Bean Validation's 400 has. */
    static ForecourtException invalid(List<Violation> refused) {
        Violation first = refused.get(0);
        return new ForecourtException(400, "Invalid request", "The field '" + first.field() + "' " + first.message()
                + (refused.size() > 1 ? " (and " + (refused.size() - 1) + " more)" : ""), Map.of("errors", refused));
    }

    private static void check(MultivaluedMap<String, String> params, List<Violation> refused) {
        params.forEach((name, values) -> {
            if (hasNul(name) || values.stream().anyMatch(InputGuard::hasNul)) {
                refused.add(Violation.field(hasNul(name) ? name.replace('\0', '?') : name, "text", NUL_MESSAGE));
            }
        });
    }

    static boolean hasNul(String s) {
        return s != null && s.indexOf('\0') >= 0;
    }

    /** A path segment no record can be named: control characters or bytes that were not UTF-8. */
    private static boolean unreadable(String s) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\uFFFD') {
                return true;
            }
        }
        return false;
    }
}
