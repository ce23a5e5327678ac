package io.forecourt.common.demo;

import io.forecourt.common.config.ForecourtConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.jboss.logging.Logger;

import java.util.Comparator;

/** Loads every feature's demo data at start, when switched on. */
@ApplicationScoped
class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    /** After the first-admin bootstrap (priority 10), before anything that reads data. */
    void onStart(@Observes @Priority(20) StartupEvent event, ForecourtConfig config,
                 Instance<DemoDataContributor> contributors) {
        if (!config.demoData()) {
            return;
        }
        contributors.stream().sorted(Comparator.comparingInt(DemoDataContributor::order))
                .forEach(DemoDataContributor::load);
        LOG.info("Demo data is loaded (forecourt.demo-data=true)");
    }
}
