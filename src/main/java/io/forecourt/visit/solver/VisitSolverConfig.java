package io.forecourt.visit.solver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.heuristic.selector.common.nearby.NearbySelectionConfig;
import org.optaplanner.core.config.heuristic.selector.common.nearby.NearbySelectionDistributionType;
import org.optaplanner.core.config.heuristic.selector.list.DestinationSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.list.SubListSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.ListChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.ListSwapMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.SubListChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.SubListSwapMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.kopt.KOptListMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.value.ValueSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/** The one solver configuration for visit plans: construction, then nearby-guided local search. */
public final class VisitSolverConfig {

    private VisitSolverConfig() {
    }

    /**
     * The portal's configuration, built once for every visit-planning job: the full search with the default
     * tuning. Each plan's {@link VisitPlan#getTimeLimit() time limit} sets the ruin-and-recreate budget;
     * the registry ends each solve at that limit, {@code safetyLimit} is the most any solve may run.
     */
    public static SolverConfig portal(Duration safetyLimit) {
        return search(SolverTuning.defaults(), 0L, false, safetyLimit);
    }

    /**
     * The full search: ruin-and-recreate first (its share of the plan's time limit, in slices of about a
     * second, see {@link RuinRecreatePhase}), then construction and local search until {@code limit}. With
     * {@code minimizeRepDays} part of the ruin-and-recreate time empties routes (the literature's fewest
     * vehicles first). The configuration carries no state: one serves any number of solves.
     */
    public static SolverConfig search(SolverTuning tuning, long seed, boolean minimizeRepDays, Duration limit) {
        List<PhaseConfig> first = new ArrayList<>();
        if (tuning.ruinRecreateShare() > 0) {
            first.add(RuinRecreatePhase.config(tuning, seed, minimizeRepDays ? tuning.fleetShare() : 0));
        }
        return create(limit, null, false, seed, tuning, first);
    }

    /**
     * Construction and local search only (no ruin and recreate), e.g. for explaining a plan's score.
     *
     * @param limit        wall-clock limit
     * @param unimproved   stop when the best score has not improved for this long (null = never)
     * @param stopFeasible stop as soon as the best solution is feasible
     */
    public static SolverConfig create(Duration limit, Duration unimproved, boolean stopFeasible, long seed,
            SolverTuning tuning) {
        return create(limit, unimproved, stopFeasible, seed, tuning, List.of());
    }

    private static SolverConfig create(Duration limit, Duration unimproved, boolean stopFeasible, long seed,
            SolverTuning tuning, List<PhaseConfig> firstPhases) {
        TerminationConfig termination = new TerminationConfig()
                .withSpentLimit(Duration.ofMillis(Math.max(1, limit.toMillis())));
        if (unimproved != null) {
            termination.setUnimprovedSpentLimit(Duration.ofMillis(Math.max(1, unimproved.toMillis())));
        }
        if (stopFeasible) {
            termination.setBestScoreFeasible(true);
        }
        List<PhaseConfig> phases = new ArrayList<>(firstPhases);
        phases.add(new ConstructionHeuristicPhaseConfig());
        phases.add(localSearch(tuning));
        return new SolverConfig()
                .withSolutionClass(VisitPlan.class)
                .withEntityClasses(RepDay.class, Visit.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(VisitConstraints.class)
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET))
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(seed)
                .withTerminationConfig(termination)
                .withPhases(phases.toArray(PhaseConfig[]::new));
    }

    static LocalSearchPhaseConfig localSearch(SolverTuning tuning) {
        List<MoveSelectorConfig> moves = new ArrayList<>();
        ListChangeMoveSelectorConfig change = new ListChangeMoveSelectorConfig()
                .withValueSelectorConfig(new ValueSelectorConfig().withId("changeOrigin"));
        ListSwapMoveSelectorConfig swap = new ListSwapMoveSelectorConfig()
                .withValueSelectorConfig(new ValueSelectorConfig().withId("swapOrigin"));
        SubListChangeMoveSelectorConfig subChange = new SubListChangeMoveSelectorConfig()
                .withSelectReversingMoveToo(true)
                .withSubListSelectorConfig(new SubListSelectorConfig().withId("subChangeOrigin")
                        .withMaximumSubListSize(8));
        SubListSwapMoveSelectorConfig subSwap = new SubListSwapMoveSelectorConfig()
                .withSelectReversingMoveToo(true)
                .withSubListSelectorConfig(new SubListSelectorConfig().withId("subSwapOrigin")
                        .withMaximumSubListSize(8))
                .withSecondarySubListSelectorConfig(new SubListSelectorConfig().withMaximumSubListSize(8));
        if (tuning.nearbyMaximum() > 0) {
            change.withDestinationSelectorConfig(new DestinationSelectorConfig().withNearbySelectionConfig(
                    nearby(tuning).withOriginValueSelectorConfig(
                            new ValueSelectorConfig().withMimicSelectorRef("changeOrigin"))));
            swap.withSecondaryValueSelectorConfig(new ValueSelectorConfig().withNearbySelectionConfig(
                    nearby(tuning).withOriginValueSelectorConfig(
                            new ValueSelectorConfig().withMimicSelectorRef("swapOrigin"))));
            subChange.withDestinationSelectorConfig(new DestinationSelectorConfig().withNearbySelectionConfig(
                    nearby(tuning).withOriginSubListSelectorConfig(
                            new SubListSelectorConfig().withMimicSelectorRef("subChangeOrigin"))));
        }
        moves.add(change);
        moves.add(swap);
        moves.add(subChange);
        moves.add(subSwap);
        moves.add(new KOptListMoveSelectorConfig().withMinimumK(2).withMaximumK(3));
        LocalSearchAcceptorConfig acceptor = new LocalSearchAcceptorConfig();
        if (tuning.lateAcceptanceSize() > 0) {
            acceptor.withLateAcceptanceSize(tuning.lateAcceptanceSize());
        } else {
            acceptor.withEntityTabuSize(7);
        }
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig(moves))
                .withAcceptorConfig(acceptor)
                .withForagerConfig(new LocalSearchForagerConfig()
                        .withAcceptedCountLimit(tuning.lateAcceptanceSize() > 0 ? tuning.acceptedCountLimit() : 1000));
    }

    private static NearbySelectionConfig nearby(SolverTuning tuning) {
        return new NearbySelectionConfig()
                .withNearbyDistanceMeterClass(VisitNearbyDistanceMeter.class)
                .withNearbySelectionDistributionType(NearbySelectionDistributionType.PARABOLIC_DISTRIBUTION)
                .withParabolicDistributionSizeMaximum(tuning.nearbyMaximum());
    }
}
