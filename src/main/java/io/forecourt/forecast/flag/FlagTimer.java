package io.forecourt.forecast.flag;

import io.forecourt.forecast.Actuals;
import io.forecourt.forecast.ForecastConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Re-evaluates every team's flags every {@code forecourt.forecast.evaluate-every} (the first run a
 * minute after start). Every replica runs it; the advisory lock and the upsert keep them from
 * duplicating or fighting over flags.
 */
@ApplicationScoped
public class FlagTimer {

    private static final Logger LOG = Logger.getLogger(FlagTimer.class);

    @Inject
    ForecastConfig config;

    @Inject
    FlagService flags;

    @Inject
    Actuals actuals;

    private ScheduledExecutorService timer;

    void start(@Observes StartupEvent e) {
        long seconds = config.evaluateEvery().toSeconds();
        if (seconds <= 0) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "forecast-flags");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::run, Math.min(60, seconds), seconds, TimeUnit.SECONDS);
    }

    void stop(@Observes ShutdownEvent e) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    void run() {
        try {
            FlagService.Evaluation ev = flags.evaluateAll(actuals.today());
            LOG.debugf("Flags re-evaluated: %d reps, %d open, %d cleared", ev.reps(), ev.open(), ev.cleared());
        } catch (RuntimeException ex) {
            LOG.warn("Flag re-evaluation failed; the next run tries again", ex);
        }
    }
}
