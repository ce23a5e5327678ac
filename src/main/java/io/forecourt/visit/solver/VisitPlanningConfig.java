package io.forecourt.visit.solver;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of visit planning (FORECOURT_VISIT_PLANNING_...). The portal's travel times are
 * {@code TravelTimes.haversine(roadFactor(), speedKmh())}: straight-line distance × road factor at this speed.
 */
@ConfigMapping(prefix = "forecourt.visit-planning")
public interface VisitPlanningConfig {

    /** Road distance per straight-line distance (1.3 is typical for towns and countryside). */
    @WithDefault("1.3")
    double roadFactor();

    /** Average driving speed door to door, km/h. */
    @WithDefault("40")
    double speedKmh();
}
