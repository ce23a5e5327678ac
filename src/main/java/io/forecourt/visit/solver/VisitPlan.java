package io.forecourt.visit.solver;

import java.util.ArrayList;
import java.util.List;

import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** A horizon's visit-planning problem and, once solved, its plan: rep-days with their ordered visits. */
@PlanningSolution
public class VisitPlan {

    @PlanningEntityCollectionProperty
    private List<RepDay> repDays;
    // a fact collection, not an entity collection: OptaPlanner 10.2 reads the list variable from every entity
    // of the entity collections while counting unassigned values, and Visit has none (its shadows still work)
    @ProblemFactCollectionProperty
    @ValueRangeProvider(id = "visits")
    private List<Visit> visits;
    @ProblemFactProperty
    private PlanningPolicy policy;
    @PlanningScore
    private HardMediumSoftLongScore score;
    /** How long this plan is searched; the ruin-and-recreate phase takes its share of it (null: none). */
    private java.time.Duration timeLimit;

    VisitPlan() {
    }

    public VisitPlan(List<RepDay> repDays, List<Visit> visits, PlanningPolicy policy) {
        this.repDays = new ArrayList<>(repDays);
        this.visits = new ArrayList<>(visits);
        this.policy = policy;
    }

    /** Sets every shadow variable from the current lists, as the solver would (for plans built by hand). */
    public VisitPlan updateShadows() {
        for (Visit v : visits) {
            v.setRepDay(null);
            v.setPrevious(null);
            v.setNext(null);
            v.setArrival(null);
        }
        for (RepDay r : repDays) {
            Routes.link(r);
        }
        return this;
    }

    public List<RepDay> getRepDays() {
        return repDays;
    }

    public List<Visit> getVisits() {
        return visits;
    }

    public PlanningPolicy getPolicy() {
        return policy;
    }

    public java.time.Duration getTimeLimit() {
        return timeLimit;
    }

    public VisitPlan withTimeLimit(java.time.Duration timeLimit) {
        this.timeLimit = timeLimit;
        return this;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
