package io.forecourt.visit;

import io.forecourt.activity.ActivityView;
import io.forecourt.activity.DuplicateEffort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Publishes a horizon's planned visits one by one and reports the clashes the guard found, for the planner. */
@ApplicationScoped
public class VisitPublishing {

    @Inject
    FieldVisitRepository visits;

    @Inject
    VisitPublisher publisher;

    @Inject
    PlanningFacts facts;

    @Inject
    io.forecourt.common.config.BusinessTime businessTime;

    public VisitJson.Published publishAll(LocalDate from, LocalDate to) {
        Horizon h = Horizon.of(from, to, businessTime.today());
        List<VisitJson.PublishedVisit> published = new ArrayList<>();
        List<VisitJson.Clash> clashes = new ArrayList<>();
        List<FieldVisit> pending = visits.unpublished(h);
        Map<Long, PlanningFacts.Place> places = facts.places(pending.stream().map(FieldVisit::getAccountId).toList());
        Map<Long, String> reps = new java.util.HashMap<>();
        facts.reps().forEach(r -> reps.put(r.id(), r.name()));
        for (FieldVisit v : pending) {
            try {
                published.add(publisher.publish(v.getId(), null));
            } catch (DuplicateEffort e) {
                ActivityView existing = e.existing();
                PlanningFacts.Place place = places.get(v.getAccountId());
                clashes.add(new VisitJson.Clash(v.getId(), v.getAccountId(), place == null ? null : place.name(),
                        reps.get(v.getRepId()), v.getPlannedStart(), e.getMessage(), existing.id(), existing.owner()));
            }
        }
        return new VisitJson.Published(published.size(), published, clashes);
    }

    /** One visit, perhaps past a clash with the planner's reason on record. */
    public VisitJson.PublishedVisit publishOne(long visitId, String overrideReason) {
        return publisher.publish(visitId, overrideReason);
    }

    /** Clashes of the visits still unpublished, without publishing anything (the page lists them). */
    public List<FieldVisit> unpublished(LocalDate from, LocalDate to) {
        return visits.unpublished(Horizon.of(from, to, businessTime.today()));
    }
}
