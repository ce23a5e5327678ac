/**
 * Asynchronous solving shared by the planning features (territories, visits). Only this package
 * touches OptaPlanner's {@code SolverManager} and {@code SolutionManager}.
 *
 * <h2>How a feature plugs in</h2>
 * <ol>
 *   <li>Build the planning problem as plain objects from the database in a transaction (never
 *       managed entities: the solver thread must not touch them), and a {@code SolverConfig} for
 *       the feature's model; {@link io.forecourt.planning.PlanningJobs#terminatingAfter} sets the
 *       time limit.</li>
 *   <li>{@code PlanningJob<MyPlan> job = jobs.start("visits", problem, solverConfig, MyPlan::getScore)}
 *       returns at once; the job's id goes back to the planner (201 + Location).</li>
 *   <li>Read it back with {@code jobs.require("visits", id, MyPlan.class)}: {@code view()} gives
 *       {@link io.forecourt.planning.JobView} (state SOLVING/FINISHED/STOPPED/FAILED, who started
 *       it and when, elapsed time, best score), {@code bestSolution()} the best snapshot so far
 *       (read-only), {@link io.forecourt.planning.PlanningJobs#breakdown} the score by constraint
 *       with the top justifications as text (justification records implement
 *       {@link io.forecourt.planning.Justified}). {@code jobs.stop(job)} ends a solve early.</li>
 *   <li>Applying a result is the feature's: one {@code @Transactional} method copies the planning
 *       variables of the snapshot into entities and records who applied it.</li>
 *   <li>Pages: {@code GET /planning/jobs/{id}/progress} answers the {@code JobView} as JSON for
 *       the page session; {@code js/planning.js} updates any element carrying
 *       {@code data-job-progress="/planning/jobs/{id}/progress"} live (children marked
 *       {@code data-job-status}, {@code data-job-score}, {@code data-job-elapsed}) and reloads the
 *       page when the job ends. Without JavaScript the page shows a reload link.</li>
 * </ol>
 * Authorisation is the feature resource's ({@code @RolesAllowed} planner/admin); the registry
 * refuses a start beyond {@code forecourt.planning.max-running-jobs} with 409. Jobs are kept in
 * memory ({@code forecourt.planning.keep-finished-jobs}); a restart forgets them.
 */
package io.forecourt.planning;
