/**
 * The visit-planning model: plain objects the solver works on, built from the portal's data by {@code
 * visit.ProblemBuilder} and copied back by one transactional method ({@code visit.VisitPlanWriter}). Solver
 * threads never see managed entities: {@code visit.PlanningFacts} reads everything as plain records first.
 *
 * <h2>How the portal fills it ({@code ProblemBuilder.build})</h2>
 * <ul>
 * <li>{@link io.forecourt.visit.solver.VisitPlan}: one horizon (next Monday to Friday unless asked otherwise,
 * at most 14 days) for every active rep with a visit schedule (one without a home stops the start with a
 * 422 naming them): every rep-day of the horizon, every visit
 * saved on it or falling due, a {@link io.forecourt.visit.solver.PlanningPolicy} ({@code
 * PlanningPolicy.portal()} with the unplanned, pinned and other-rep weights of {@code forecourt.visits.*}) and
 * one {@link io.forecourt.visit.solver.RepDay#unplannedBucket unplanned bucket} (the list variable cannot
 * leave values unassigned in OptaPlanner 10; the bucket is where they wait, at a medium cost of priority ×
 * weight; its location is any of the plan's, nobody drives there).</li>
 * <li>{@link io.forecourt.visit.solver.RepDay}: one per rep and weekday the rep's schedule has hours for.
 * id {@code "<user id>/<day>"}, e.g. {@code "7/2026-12-01"}; {@code repId} = the rep's user id (a
 * {@code long}; names are only for display, kept beside the job in {@code PlanContext}); home = the rep's
 * territory-profile home, else the middle of the accounts they own; {@code workStart}/{@code workEnd} = that
 * day's working hours in plan ticks (seconds since the horizon's start, in the business time zone); {@code
 * maxVisits} from the schedule; {@code capacity} {@code Integer.MAX_VALUE} (unused by the portal); {@code
 * available = false} on a day off (a rep fell ill: its visits then must move).</li>
 * <li>{@link io.forecourt.visit.solver.Visit}: id {@code "v<visit id>"} for a saved visit, {@code
 * "a<account id>"} for one falling due that is not saved yet; location = the account's (x = longitude, y =
 * latitude); duration in seconds (the visit's, or the account profile's visit minutes for a due one); one
 * {@link io.forecourt.visit.solver.TimeWindow} per opening period of the account (its own, else Monday to
 * Friday with the configured default hours) on the horizon's days from today and within a requested window,
 * from opening to closing minus the duration (the visit ends by closing); demand 0; priority = the visit's,
 * plus {@code keep-planned-bonus} if it is planned already. {@code preferredRepId} = the account owner's user
 * id when the owner takes part in visit planning. Confirmed, started and already published visits (all
 * planned ones with "small changes only") get {@code pinnedRepDayId} = their rep-day, unless that day is no
 * longer available; planned ones get {@code previousRepDayId} and start in their rep-day's list in their
 * order (except on a day that became unavailable: they start unassigned), so re-planning starts from the
 * saved plan. A visit whose account receives no visit on the horizon is left out of the model and listed
 * with that reason beside the job ({@code PlanContext.unplannable}).</li>
 * <li>{@link io.forecourt.visit.solver.TravelTimes}: {@code TravelTimes.haversine(roadFactor, speed)} then
 * {@code .cached(locations)}; each {@link io.forecourt.visit.solver.Location} has an index unique within
 * the plan (reps' homes first, then the visits). A road-network matrix is another implementation.</li>
 * </ul>
 * The result is read back from each rep-day's list: order, {@code serviceStart()} and {@code departure()}
 * become the visit's planned start and end when a planner applies the plan ({@code VisitPlanWriter.apply}, a
 * 409 when visits changed meanwhile); {@code visit.Itineraries} shows arrival, waiting, travel and the
 * changes against the saved plan.
 *
 * <h2>Score</h2>
 * Hard: time windows, home by the end of the working day, capacity, visit limit, availability. Medium:
 * unplanned visits by priority, pinned visits moved, visits made by another rep than the account's own
 * ({@code Visit.preferredRepId}; a colleague covers at that cost), rep-days used (the vehicle weight; 0 in
 * the portal).
 * Soft: travel time, moving a planned visit off its previous rep-day, and optionally balanced days.
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
 * io.forecourt.visit.solver.VisitJustification}s. The problem handed in is the solver's from then on; the
 * HTTP side ({@code /api/planning/visits/jobs}) is the shared {@code planning.PlanningJobResource}'s.
 * Tests and the VRPTW benchmark solve the same model with the same search on their own thread ({@code
 * VisitPlanSolver}, {@code PlanExplanation} under {@code src/test}).
 */
package io.forecourt.visit.solver;
