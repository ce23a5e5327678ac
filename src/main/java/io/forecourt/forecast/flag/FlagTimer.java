package io.forecourt.forecast.flag;

import io.forecourt.forecast.Actuals;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Re-evaluates every team's flags every {@code forecourt.forecast.evaluate-every} (the first run a
 * minute after start; {@code off} switches the timer off). Every replica runs it; the advisory lock
 * and the upsert keep them from duplicating or fighting over flags, and a run still going when the
 * next is due is skipped rather than stacked.
 */
@ApplicationScoped
public class FlagTimer {

    private static final Logger LOG = Logger.getLogger(FlagTimer.class);

    @Inject
    FlagService flags;

    @Inject
    Actuals actuals;

    @Scheduled(identity = "forecast-flags", every = "${forecourt.forecast.evaluate-every}", delayed = "60s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        try {
            FlagService.Evaluation ev = flags.evaluateAll(actuals.today());
            LOG.debugf("Flags re-evaluated: %d reps, %d open, %d cleared", ev.reps(), ev.open(), ev.cleared());
        } catch (RuntimeException ex) {
            LOG.warn("Flag re-evaluation failed; the next run tries again", ex);
        }
    }
}
