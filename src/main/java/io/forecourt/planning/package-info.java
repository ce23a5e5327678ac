/**
 * Asynchronous solving shared by the planning features (territories, visits). Only this package
 * touches OptaPlanner's {@code SolverManager} and {@code SolutionManager}.
 *
 * <h2>How a feature plugs in</h2>
 * <ol>
 *   <li>Register the kind once (e.g. in a {@code @PostConstruct}):
 *       {@code kind = jobs.kind("visits", MyPlan.class, solverConfig, MyPlan::getScore)} gives a
 *       {@link io.forecourt.planning.PlanningKind PlanningKind&lt;MyPlan, MyContext&gt;} with one
 *       {@code SolverFactory}, {@code SolverManager} and {@code SolutionManager} for all its jobs. The
 *       {@code SolverConfig} must carry no state (register custom phases by class, settings as custom
 *       properties); its termination is only a safety net.</li>
 *   <li>Build the planning problem as plain objects from the database in a transaction (never managed
 *       entities: the solver thread must not touch them), then
 *       {@code PlanningJob<MyPlan, MyContext> job = jobs.start(kind, problem, context, limit)}: it returns at
 *       once, the registry ends the solve after {@code limit}, and {@code context} (the baseline, the ids
 *       behind the model) stays with the job. The job's id goes back to the planner (201 + Location).</li>
 *   <li>Read it back with {@code jobs.require(kind, id)} — the one 404 for an unknown, evicted or
 *       other-kind job: {@code view()} gives {@link io.forecourt.planning.JobView} (state
 *       SOLVING/FINISHED/STOPPED/FAILED, who started it and when, elapsed time, best score),
 *       {@code bestSolution()} the best snapshot so far (read-only), {@code context()} what was handed in,
 *       {@link io.forecourt.planning.PlanningJobs#breakdown} the score by constraint with the top
 *       justifications as text (justification records implement {@link io.forecourt.planning.Justified}).
 *       {@code jobs.stop(job)} ends a solve early, {@code jobs.forget(job)} drops it.</li>
 *   <li>HTTP: extend {@link io.forecourt.planning.PlanningJobResource} under the kind's {@code @Path}
 *       (e.g. {@code /api/planning/visits/jobs}) and hand its start, list, read and stop to the feature's
 *       service: it gives {@code POST} (201 + Location), {@code GET}, {@code GET {id}} and {@code DELETE
 *       {id}} for planners and admins the same way for every kind; add what only the kind has (apply,
 *       discard, a map) in the subclass.</li>
 *   <li>Applying a result is the feature's: one {@code @Transactional} method copies the planning
 *       variables of the snapshot into entities and records who applied it.</li>
 *   <li>Pages: {@code GET /planning/jobs/{id}/progress} answers the {@code JobView} as JSON for
 *       the page session; {@code js/planning.js} updates any element carrying
 *       {@code data-job-progress="/planning/jobs/{id}/progress"} live (children marked
 *       {@code data-job-status}, {@code data-job-score}, {@code data-job-elapsed}) and reloads the
 *       page when the job ends. Without JavaScript the page shows a reload link.</li>
 * </ol>
 * Authorisation is the job resource's ({@code @RolesAllowed} planner/admin); the registry
 * refuses a start beyond {@code forecourt.planning.max-running-jobs} with 409. Jobs are kept in
 * memory with their context under one eviction rule ({@code forecourt.planning.keep-finished-jobs});
 * a restart forgets them. Everything a job is lives in {@link io.forecourt.planning.PlanningJob} (plain
 * values), which is where persistent, multi-replica jobs will plug in: store the job row, its context
 * and best snapshot, and let any replica answer {@code require}.
 */
package io.forecourt.planning;
