package io.forecourt.planning;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the solving machinery, shared by every planning feature. */
@ConfigMapping(prefix = "forecourt.planning")
public interface PlanningConfig {

    /** Solves running at once (each takes a core); a further start is answered 409. */
    @WithDefault("2")
    int maxRunningJobs();

    /** Finished, stopped or failed jobs kept in memory for reading and applying; the oldest go first. */
    @WithDefault("50")
    int keepFinishedJobs();
}
