package io.forecourt.activity;

import io.forecourt.account.Account;
import io.forecourt.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

/** One zone everywhere: the account timeline, My day and the call list show a contact at the same time, zone named. */
@QuarkusTest
class BusinessTimeTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    @Inject
    ActivityFixtures fixtures;

    @Test
    void theAccountTimelineShowsTheSameTimeAsMyDayWithTheZone() {
        long account = fixtures.account("Zone Check Garage", "rep1", Account.Status.ACTIVE);
        LocalDate today = LocalDate.now(ZONE);
        // stored as UTC, as a client in another zone would send it
        OffsetDateTime quarterPastFour = today.atTime(16, 15).atZone(ZONE).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        fixtures.planned(account, "rep1", Activity.Type.CALL, "SERVICE", quarterPastFour);
        String zoneName = DateTimeFormatter.ofPattern("z", Locale.UK).format(quarterPastFour.atZoneSameInstant(ZONE));
        String session = Sessions.signIn("rep1");

        given().cookie("forecourt-session", session).accept("text/html").get("/accounts/" + account).then()
                .statusCode(200).body(containsString("16:15 " + zoneName));
        org.assertj.core.api.Assertions.assertThat(io.forecourt.testing.MyDayPages.all(session))
                .contains("Zone Check Garage").contains("16:15").contains("times in Europe/Paris (");
        given().cookie("forecourt-session", session).accept("text/html").get("/calls?date=" + today).then()
                .statusCode(200).body(allOf(containsString("16:15"), containsString("Times in Europe/Paris (")));
    }
}
