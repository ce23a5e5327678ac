package io.forecourt.forecast.flag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.forecourt.activity.Activity;
import io.forecourt.activity.ActivityRepository;
import io.forecourt.forecast.ForecastConfig;
import io.forecourt.forecast.Metric;
import io.forecourt.forecast.Period;
import io.forecourt.forecast.Subject;
import io.forecourt.forecast.attainment.Attainment;
import io.forecourt.forecast.attainment.AttainmentService;
import io.forecourt.forecast.pipeline.ForecastCategory;
import io.forecourt.forecast.pipeline.ForecastService;
import io.forecourt.opportunity.Opportunity;
import io.forecourt.opportunity.OpportunityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The standards that raise flags, each one a method, each flag naming its evidence (the numbers and
 * the records). Thresholds come from {@code forecourt.forecast.flags.*}.
 */
@ApplicationScoped
public class FlagRules {

    public static final String ATTAINMENT_BELOW_PRO_RATA = "attainment-below-pro-rata";
    public static final String VISITS_BELOW_PLAN = "visits-below-plan";
    public static final String OVERDUE_FOLLOW_UPS = "overdue-follow-ups";
    public static final String QUIET_OPPORTUNITY = "quiet-opportunity";
    public static final String COMMIT_PAST_CLOSE = "commit-past-close";

    /** One flag a rep should have: rule, what it is about (key), words, evidence as JSON. */
    public record Raised(String rule, String key, String message, String evidence) {
    }

    @Inject
    AttainmentService attainment;

    @Inject
    ActivityRepository activities;

    @Inject
    OpportunityRepository opportunities;

    @Inject
    ForecastService forecasts;

    @Inject
    ForecastConfig config;

    @Inject
    ObjectMapper json;

    public List<Raised> evaluate(Subject rep, LocalDate today) {
        List<Raised> out = new ArrayList<>();
        Period month = Period.monthOf(today);
        Attainment a = attainment.of(rep, month, today);
        if (!today.isBefore(month.midPoint())) {
            belowProRata(a, Metric.REVENUE, ATTAINMENT_BELOW_PRO_RATA, config.flags().attainmentProRata(), "Revenue", out);
            belowProRata(a, Metric.VISITS, VISITS_BELOW_PLAN, config.flags().visitsOfPlan(), "Visits", out);
        }
        overdueFollowUps(rep, today, out);
        List<Opportunity> open = opportunities.openOf(rep.ownerIds());
        quietOpportunities(open, today, out);
        commitsPastClose(open, today, out);
        return out;
    }

    void belowProRata(Attainment a, Metric metric, String rule, double share, String what, List<Raised> out) {
        a.target(metric).ifPresent(t -> {
            BigDecimal floor = t.proRata().multiply(BigDecimal.valueOf(share)).setScale(2, RoundingMode.HALF_UP);
            if (t.quota().signum() > 0 && t.actual().compareTo(floor) < 0) {
                out.add(new Raised(rule, a.period(), what + " " + t.actual().stripTrailingZeros().toPlainString() + " is below "
                        + Math.round(share * 100) + " % of the pro-rata " + t.proRata().stripTrailingZeros().toPlainString()
                        + " in " + a.period(), evidence(Map.of("period", a.period(), "metric", metric.name(),
                        "actual", t.actual(), "quota", t.quota(), "proRata", t.proRata(), "threshold", share,
                        "elapsedSellingDays", a.elapsedSellingDays(), "sellingDays", a.sellingDays()))));
            }
        });
    }

    void overdueFollowUps(Subject rep, LocalDate today, List<Raised> out) {
        List<Activity> overdue = activities.overdueFollowUpsOf(rep.id(), today.minusDays(1));
        if (overdue.size() > config.flags().overdueFollowUps()) {
            out.add(new Raised(OVERDUE_FOLLOW_UPS, "follow-ups", overdue.size() + " follow-ups are overdue (more than "
                    + config.flags().overdueFollowUps() + ")", evidence(Map.of("overdue", overdue.size(),
                    "threshold", config.flags().overdueFollowUps(),
                    "activities", overdue.stream().map(Activity::getId).toList()))));
        }
    }

    void quietOpportunities(List<Opportunity> open, LocalDate today, List<Raised> out) {
        Map<Long, OffsetDateTime> last = activities.lastDoneOn(open.stream().map(Opportunity::getAccountId).distinct().toList());
        int days = config.flags().quietDays();
        for (Opportunity o : open) {
            OffsetDateTime since = last.getOrDefault(o.getAccountId(), o.getCreatedAt());
            if (since.isBefore(o.getCreatedAt())) {
                since = o.getCreatedAt();
            }
            long quiet = ChronoUnit.DAYS.between(since.toLocalDate(), today);
            if (quiet > days) {
                out.add(new Raised(QUIET_OPPORTUNITY, "opportunity:" + o.getId(), "No activity on \"" + o.getName()
                        + "\" for " + quiet + " days", evidence(Map.of("opportunity", o.getId(), "account", o.getAccountId(),
                        "lastActivity", since.toLocalDate().toString(), "days", quiet, "threshold", days))));
            }
        }
    }

    void commitsPastClose(List<Opportunity> open, LocalDate today, List<Raised> out) {
        Map<Long, ForecastCategory> categories = forecasts.categories(open);
        for (Opportunity o : open) {
            if (categories.get(o.getId()) == ForecastCategory.COMMIT && o.getExpectedCloseDate().isBefore(today)) {
                out.add(new Raised(COMMIT_PAST_CLOSE, "opportunity:" + o.getId(), "Committed deal \"" + o.getName()
                        + "\" was to close on " + o.getExpectedCloseDate(), evidence(Map.of("opportunity", o.getId(),
                        "expectedCloseDate", o.getExpectedCloseDate().toString(), "stage", o.getStage().name(),
                        "amount", o.getAmount()))));
            }
        }
    }

    private String evidence(Map<String, Object> facts) {
        try {
            return json.writeValueAsString(new LinkedHashMap<>(new java.util.TreeMap<>(facts)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
