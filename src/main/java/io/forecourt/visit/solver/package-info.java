/**
 * The visit-planning model: plain objects the solver works on, loaded from the portal's data by the visits
 * service and copied back by one transactional method. Solver threads never see managed entities.
 *
 * <h2>How the portal maps onto it</h2>
 * <ul>
 * <li>{@link io.forecourt.visit.solver.VisitPlan}: one horizon (e.g. next week) for a set of reps. Build it
 * with every rep-day of the horizon, every visit due or requested, a {@link
 * io.forecourt.visit.solver.PlanningPolicy} ({@code PlanningPolicy.portal()} by default) and, so that the
 * plan can leave visits out, one {@link io.forecourt.visit.solver.RepDay#unplannedBucket unplanned bucket}
 * (the list variable cannot leave values unassigned in OptaPlanner 10; the bucket is where they wait, at a
 * medium cost of priority × weight).</li>
 * <li>{@link io.forecourt.visit.solver.RepDay}: one per rep and working day. id e.g. {@code "rep7/2026-12-01"},
 * home = the rep's home location, {@code workStart}/{@code workEnd} = that day's working hours in plan
 * ticks (seconds since the horizon's start, in the rep's zone), {@code maxVisits} from the rep,
 * {@code capacity} unused by the portal today (pass {@code Integer.MAX_VALUE}; samples or stock later), and
 * {@code available = false} for days off or when a rep falls ill (its visits then must move).</li>
 * <li>{@link io.forecourt.visit.solver.Visit}: one per visit to plan. id = the visit's id, location = the
 * account's (x = longitude, y = latitude), duration in seconds, one {@link
 * io.forecourt.visit.solver.TimeWindow} per opening period of the account on the horizon's days (service must
 * start inside one; pass {@code closing - duration} as the end if it must finish by closing), priority ≥ 1,
 * demand 0. Started or confirmed visits get {@code pinnedRepDayId} = their current rep-day, and the plan is
 * built with the current assignment already in the rep-days' lists, so re-planning starts from it.</li>
 * <li>{@link io.forecourt.visit.solver.TravelTimes}: {@code TravelTimes.haversine(roadFactor, speed)} then
 * {@code .cached(locations)}; each {@link io.forecourt.visit.solver.Location} needs an index unique within
 * the plan. A road-network matrix is another implementation.</li>
 * </ul>
 * Read the result back from each rep-day's list: order, {@code getArrival()}, {@code serviceStart()},
 * {@code waiting()}, {@code departure()}, {@code travelFromPrevious()}, and {@code homeArrival()} of the day.
 * Score analysis ({@code SolutionManager.analyze}) gives each constraint's matches with a {@link
 * io.forecourt.visit.solver.VisitJustification}.
 *
 * <h2>Score</h2>
 * Hard: time windows, home by the end of the working day, capacity, visit limit, availability. Medium:
 * unplanned visits by priority, pinned visits moved, visits made by another rep than the account's own
 * ({@code Visit.preferredRepId}; a colleague covers at that cost), rep-days used (the vehicle weight; 0 in
 * the portal).
 * Soft: travel time, and optionally balanced days.
 *
 * <h2>Solving: the path the portal takes</h2>
 * {@code visit.VisitJobService} registers the kind "visits" once with {@link
 * io.forecourt.visit.solver.VisitSolverConfig#portal} (ruin and recreate, then OptaPlanner's construction
 * heuristic and nearby local search; the configuration carries no state, the {@link
 * io.forecourt.visit.solver.RuinRecreatePhase} is registered by class), and each job is
 * {@code PlanningJobs.start(kind, plan.withTimeLimit(limit), context, limit)}: the shared
 * {@code SolverManager} solves it on a solver thread, live scores come from its best-solution events
 * (one per ruin-and-recreate slice, about a second), {@code PlanningJobs.stop} ends it early and {@code
 * PlanningJobs.breakdown} gives the score by constraint with the {@link
 * io.forecourt.visit.solver.VisitJustification}s. The problem handed in is the solver's from then on.
 * For re-planning, build the plan with the current assignment in the rep-days' lists, set each planned
 * visit's {@code previousRepDayId} (moving it then costs {@code PlanningPolicy.moveWeight}), pin started or
 * confirmed visits, mark absent rep-days unavailable and add new visits unassigned (or in the bucket): the
 * search starts from the current plan, keeps pinned visits on their day (moving them only off a day that
 * became unavailable) and changes what it must. Tests and the VRPTW benchmark solve the same model with
 * the same search on their own thread ({@code VisitPlanSolver}, {@code PlanExplanation} under
 * {@code src/test}).
 */
package io.forecourt.visit.solver;
