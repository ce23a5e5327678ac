package io.forecourt.events;

import io.forecourt.common.web.ForecourtException;
import io.forecourt.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The company-wide event feed: every quote and order change, in commit order. A consumer keeps the
 * last id it processed and asks {@code after} it; delivery is at least once (process, then store the id).
 */
@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.INTEGRATION})
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "basic")
public class EventResource {

    @Inject
    EventFeed feed;

    @GET
    public EventPage after(@QueryParam("after") @DefaultValue("0") String after,
                           @QueryParam("limit") @DefaultValue("100") String limit) {
        try {
            return feed.after(Long.parseLong(after.strip()), Integer.parseInt(limit.strip()));
        } catch (NumberFormatException e) {
            throw ForecourtException.badRequest("after and limit are whole numbers");
        }
    }
}
