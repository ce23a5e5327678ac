package io.forecourt.activity;

import io.forecourt.account.Account;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class CallManagementTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    /** A day of its own, far from demo data and other tests. */
    private static final LocalDate DAY = LocalDate.of(2031, 3, 4);

    @Inject
    ActivityFixtures fixtures;

    private static OffsetDateTime at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(ZONE).toOffsetDateTime();
    }

    @Test
    void theCallListHasTheDaysCallsDueFollowUpsAndUncontactedProspects() {
        long calls = fixtures.account("Call List Co", "rep1", Account.Status.ACTIVE);
        long callToday = fixtures.planned(calls, "rep1", Activity.Type.CALL, "DEMO", at(DAY, 9));
        long visitToday = fixtures.planned(calls, "rep1", Activity.Type.VISIT, "SERVICE", at(DAY, 11));
        fixtures.planned(calls, "rep1", Activity.Type.CALL, "SERVICE", at(DAY.plusDays(1), 9));
        fixtures.planned(calls, "rep2", Activity.Type.CALL, "COLLECTION", at(DAY, 10));

        long due = fixtures.account("Follow Up Co", "rep1", Account.Status.ACTIVE);
        long dueFollowUp = fixtures.done(due, "rep1", Activity.Type.CALL, "DEMO", at(DAY.minusDays(9), 9),
                Activity.Outcome.CALL_BACK, DAY.minusDays(2));
        long answered = fixtures.account("Answered Co", "rep1", Account.Status.ACTIVE);
        long answeredFollowUp = fixtures.done(answered, "rep1", Activity.Type.CALL, "DEMO", at(DAY.minusDays(9), 9),
                Activity.Outcome.CALL_BACK, DAY.minusDays(2));
        fixtures.done(answered, "rep1", Activity.Type.CALL, "DEMO", at(DAY.minusDays(1), 9),
                Activity.Outcome.REACHED_INTERESTED, null);

        long fresh = fixtures.account("Fresh Prospect", "rep1", Account.Status.PROSPECT);
        long contacted = fixtures.account("Contacted Prospect", "rep1", Account.Status.PROSPECT);
        fixtures.planned(contacted, "rep1", Activity.Type.CALL, "FIRST_CONTACT", at(DAY.plusDays(3), 9));
        long colleagues = fixtures.account("Rita's Prospect", "rep2", Account.Status.PROSPECT);

        Api.as("rep1").get("/api/activities/call-list?date=" + DAY).then().statusCode(200)
                .body("date", equalTo(DAY.toString()))
                .body("planned.id", hasItem((int) callToday))
                .body("planned.id", not(hasItem((int) visitToday)))
                .body("planned.size()", equalTo(1))
                .body("overdueFollowUps.id", hasItem((int) dueFollowUp))
                .body("overdueFollowUps.id", not(hasItem((int) answeredFollowUp)))
                .body("notYetContacted.accountId", hasItem((int) fresh))
                .body("notYetContacted.accountId", not(hasItem((int) contacted)))
                .body("notYetContacted.accountId", not(hasItem((int) colleagues)));
        Api.as("rep1").get("/api/activities/call-list?date=" + DAY.minusDays(3)).then().statusCode(200)
                .body("overdueFollowUps.id", not(hasItem((int) dueFollowUp)));
        Api.as("rep1").get("/api/activities/call-list?date=tomorrow").then().statusCode(400);
    }

    @Test
    void theSuccessRateIsSuccessfulDoneCallsOverDoneCallsPerRep() {
        LocalDate june = LocalDate.of(2020, 6, 10);
        long account = fixtures.account("Rate Co", "rep1", Account.Status.ACTIVE);
        fixtures.done(account, "rep1", Activity.Type.CALL, "DEMO", at(june, 9), Activity.Outcome.REACHED_INTERESTED, null);
        fixtures.done(account, "rep1", Activity.Type.CALL, "DEMO", at(june, 10), Activity.Outcome.NO_ANSWER, null);
        fixtures.done(account, "rep1", Activity.Type.CALL, "DEMO", at(june, 11), Activity.Outcome.MEETING_BOOKED, null);
        fixtures.done(account, "rep1", Activity.Type.VISIT, "DEMO", at(june, 12), Activity.Outcome.NO_ANSWER, null);
        fixtures.done(account, "rep1", Activity.Type.CALL, "DEMO", at(june.plusMonths(1), 9), Activity.Outcome.NO_ANSWER, null);
        long ritas = fixtures.account("Rate Two Co", "rep2", Account.Status.ACTIVE);
        fixtures.done(ritas, "rep2", Activity.Type.CALL, "DEMO", at(june, 9), Activity.Outcome.CALL_BACK, null);

        String query = "/api/activities/success-rate?from=2020-06-01&to=2020-06-30";
        Api.as("rep1").get(query).then().statusCode(200)
                .body("successOutcomes", hasItem("MEETING_BOOKED"))
                .body("reps.size()", equalTo(1)).body("reps[0].owner", equalTo("Rafael Rep"))
                .body("reps[0].doneCalls", equalTo(3)).body("reps[0].successfulCalls", equalTo(2))
                .body("reps[0].rate", equalTo(0.667f));
        Api.as("manager1").get(query).then().statusCode(200)
                .body("reps.owner", hasItem("Rita Rep")).body("reps.owner", hasItem("Rafael Rep"))
                .body("reps.find { it.owner == 'Rita Rep' }.rate", equalTo(0.0f));
    }
}
