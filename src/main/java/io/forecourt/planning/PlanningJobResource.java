package io.forecourt.planning;

import io.forecourt.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/**
 * The HTTP face every kind of planning job shares, under the subclass's {@code @Path} (e.g. {@code
 * /api/planning/visits/jobs}), for planners and admins: {@code POST} starts a job (201, its address in
 * {@code Location}), {@code GET} lists the kind's jobs newest first, {@code GET {id}} reads one, {@code DELETE
 * {id}} stops it (the best result so far stays readable). An id that is unknown, evicted or of another kind is
 * {@link PlanningJobs#require}'s one 404; progress for the pages is {@link PlanningProgressResource}'s. A
 * feature's subclass names its path, hands each call to its service and adds what only it has (apply,
 * discard, a map).
 *
 * @param <R> the body that starts a job
 * @param <J> what starting and stopping a job answer
 * @param <D> what reading a job answers
 */
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLANNER, Role.ADMIN})
public abstract class PlanningJobResource<R, J, D> {

    /** Starts a job; {@link #idOf} of the answer is its id. */
    protected abstract J begin(R request);

    protected abstract String idOf(J started);

    protected abstract List<JobView> jobs();

    protected abstract D read(String id);

    /** Asks the job to stop and answers what it is now. */
    protected abstract J halt(String id);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(@Valid R request) {
        J started = begin(request);
        return Response.created(URI.create(path() + "/" + idOf(started))).entity(started).build();
    }

    @GET
    public List<JobView> list() {
        return jobs();
    }

    @GET
    @Path("{id}")
    public D get(@PathParam("id") String id) {
        return read(id);
    }

    /** Stops the solve; the best result so far stays readable (and, where the kind has it, applicable). */
    @DELETE
    @Path("{id}")
    public J stop(@PathParam("id") String id) {
        return halt(id);
    }

    /** The subclass's {@code @Path}, looked up past any subclass the container generates. */
    private String path() {
        for (Class<?> c = getClass(); c != null; c = c.getSuperclass()) {
            Path p = c.getAnnotation(Path.class);
            if (p != null) {
                return p.value();
            }
        }
        throw new IllegalStateException(getClass() + " has no @Path");
    }
}
