package io.forecourt.order;

import io.forecourt.common.web.ForecourtException;
import io.forecourt.common.web.PageAnswers;
import io.forecourt.security.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.List;

/** The orders board (a column per state) and each order's page with its history and next steps. */
@Path("/orders")
@RolesAllowed({Role.REP, Role.MANAGER, Role.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class OrderPages {

    /** One board column. */
    public record Column(OrderStatus status, List<OrderView> orders) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance board(List<Column> columns);

        static native TemplateInstance order(OrderView order, String notice, String error);
    }

    @Inject
    OrderService orders;

    @GET
    public TemplateInstance board() {
        List<OrderView> all = orders.list(null, null);
        return Templates.board(OrderStatus.FLOW.stream()
                .map(s -> new Column(s, all.stream().filter(o -> o.status() == s).toList())).toList());
    }

    @GET
    @Path("{id:\\d+}")
    public TemplateInstance order(@PathParam("id") long id, @QueryParam("moved") String moved) {
        return Templates.order(orders.get(id), moved != null ? "Order moved on." : null, null);
    }

    @POST
    @Path("{id:\\d+}/transition")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response transition(@PathParam("id") long id, @RestForm OrderStatus to, @RestForm String note,
                               @RestForm Integer version) {
        try {
            if (to == null || version == null) {
                throw ForecourtException.badRequest("Choose the next step");
            }
            orders.transition(id, new TransitionRequest(to, note, version));
        } catch (ForecourtException e) {
            return PageAnswers.rerender(e, r -> PageAnswers.html(r.status(),
                    Templates.order(orders.get(id), null, r.getMessage())), 400, 409, 422);
        }
        return Response.seeOther(URI.create("/orders/" + id + "?moved")).build();
    }
}
