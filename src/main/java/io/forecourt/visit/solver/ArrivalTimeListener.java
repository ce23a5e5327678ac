package io.forecourt.visit.solver;

import java.util.Objects;

import org.optaplanner.core.api.domain.variable.VariableListener;
import org.optaplanner.core.api.score.director.ScoreDirector;

/**
 * Keeps {@link Visit#getArrival()} true along a route: when a visit's rep-day or predecessor changes, its
 * arrival is recomputed and the change walks forward until an arrival comes out unchanged.
 */
public class ArrivalTimeListener implements VariableListener<VisitPlan, Visit> {

    private static final String ARRIVAL = "arrival";

    @Override
    public void beforeEntityAdded(ScoreDirector<VisitPlan> scoreDirector, Visit visit) {
    }

    @Override
    public void afterEntityAdded(ScoreDirector<VisitPlan> scoreDirector, Visit visit) {
    }

    @Override
    public void beforeVariableChanged(ScoreDirector<VisitPlan> scoreDirector, Visit visit) {
    }

    @Override
    public void afterVariableChanged(ScoreDirector<VisitPlan> scoreDirector, Visit visit) {
        if (!visit.isPlanned()) {
            if (visit.getArrival() != null) {
                set(scoreDirector, visit, null);
            }
            return;
        }
        RepDay repDay = visit.getRepDay();
        Visit previous = visit.getPrevious();
        long departure = previous == null ? repDay.getWorkStart() : previous.departure();
        Location from = previous == null ? repDay.getHome() : previous.getLocation();
        Visit current = visit;
        while (current != null) {
            Long arrival = departure + repDay.travelTime(from, current.getLocation());
            if (Objects.equals(current.getArrival(), arrival)) {
                break;
            }
            set(scoreDirector, current, arrival);
            departure = current.departure();
            from = current.getLocation();
            current = current.getNext();
        }
    }

    @Override
    public void beforeEntityRemoved(ScoreDirector<VisitPlan> scoreDirector, Visit visit) {
    }

    @Override
    public void afterEntityRemoved(ScoreDirector<VisitPlan> scoreDirector, Visit visit) {
    }

    private static void set(ScoreDirector<VisitPlan> scoreDirector, Visit visit, Long arrival) {
        scoreDirector.beforeVariableChanged(visit, ARRIVAL);
        visit.setArrival(arrival);
        scoreDirector.afterVariableChanged(visit, ARRIVAL);
    }
}
