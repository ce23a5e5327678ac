package io.forecourt.forecast;

import io.forecourt.activity.Activity;
import io.forecourt.activity.ActivityRepository;
import io.forecourt.common.config.BusinessTime;
import io.forecourt.lead.LeadRepository;
import io.forecourt.order.Order;
import io.forecourt.order.OrderRepository;
import io.forecourt.quote.QuoteRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a rep, team or territory actually did in a stretch of days, read from what Forecourt
 * already records, through each feature's own repository: orders (revenue and cars, by order
 * date, cancelled ones left out), done activities (calls, visits and their durations), leads
 * created and quotes sent. Days are reckoned in the business time zone.
 */
@ApplicationScoped
public class Actuals {

    /** Types whose durations count as selling time (e-mails do not). */
    static final List<Activity.Type> SELLING = List.of(Activity.Type.CALL, Activity.Type.VISIT, Activity.Type.MEETING);

    @Inject
    OrderRepository orders;

    @Inject
    ActivityRepository activities;

    @Inject
    LeadRepository leads;

    @Inject
    QuoteRepository quotes;

    @Inject
    BusinessTime time;

    @Inject
    ForecastConfig config;

    /** Every metric's actual in [from, to). */
    public Map<Metric, BigDecimal> of(Subject s, LocalDate from, LocalDate to) {
        OffsetDateTime start = at(from);
        OffsetDateTime end = at(to);
        Map<Metric, BigDecimal> out = new EnumMap<>(Metric.class);
        List<Order> counted = orders.countedBetween(s.ownerIds(), s.accountIds(), start, end).stream()
                .filter(o -> config.currency().equals(o.getCurrency())).toList();
        out.put(Metric.REVENUE, counted.stream().map(Order::getTotal).reduce(BigDecimal.ZERO, BigDecimal::add));
        out.put(Metric.UNITS, BigDecimal.valueOf(counted.stream().mapToInt(o -> o.getLines().size()).sum()));
        List<Activity> done = activities.doneBetween(s.ownerIds(), s.accountIds(), start, end);
        out.put(Metric.CALLS, BigDecimal.valueOf(done.stream().filter(a -> a.getType() == Activity.Type.CALL).count()));
        out.put(Metric.VISITS, BigDecimal.valueOf(done.stream().filter(a -> a.getType() == Activity.Type.VISIT).count()));
        out.put(Metric.SELLING_HOURS, hours(done.stream().filter(a -> SELLING.contains(a.getType()))
                .mapToInt(a -> a.getDurationMinutes() == null ? 0 : a.getDurationMinutes()).sum()));
        out.put(Metric.NEW_LEADS, BigDecimal.valueOf(leads.countCreated(s.ownerIds(), start, end)));
        out.put(Metric.QUOTES_SENT, BigDecimal.valueOf(quotes.countSent(s.ownerIds(), s.accountIds(), start, end)));
        return out;
    }

    public BigDecimal of(Subject s, Metric metric, LocalDate from, LocalDate to) {
        return of(s, from, to).get(metric);
    }

    /** Done activities in [from, to), for the time split. */
    public List<Activity> doneActivities(Subject s, LocalDate from, LocalDate to) {
        return activities.doneBetween(s.ownerIds(), s.accountIds(), at(from), at(to));
    }

    public List<Activity> plannedActivities(Subject s, LocalDate from, LocalDate to) {
        return activities.plannedFor(s.ownerIds(), s.accountIds(), at(from), at(to));
    }

    public LocalDate today() {
        return time.today();
    }

    public OffsetDateTime at(LocalDate day) {
        return day.atStartOfDay(time.zone()).toOffsetDateTime();
    }

    static BigDecimal hours(int minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }
}
