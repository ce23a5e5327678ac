package io.forecourt.activity;

import io.forecourt.account.Account;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class DemoActivitiesTest {

    @Inject
    ActivityFixtures fixtures;

    @Inject
    DemoActivities demo;

    @Test
    void demoHistoryGivesEachRepAccountAPastAndAPlanAndLoadingTwiceChangesNothing() {
        long account = fixtures.account("Demo History KG", "rep2", Account.Status.ACTIVE);
        long prospect = fixtures.account("Demo Prospect KG", "rep2", Account.Status.PROSPECT);
        demo.load();
        var history = Api.as("rep2").get("/api/activities?account=" + account).then().statusCode(200)
                .extract().jsonPath();
        List<String> statuses = history.getList("status");
        assertThat(statuses).contains("DONE", "PLANNED");
        List<String> done = history.getList("findAll { it.status == 'DONE' }.doneAt");
        assertThat(done).allSatisfy(t -> assertThat(OffsetDateTime.parse(t)).isAfter(OffsetDateTime.now().minusDays(30)));
        demo.load();
        Api.as("rep2").get("/api/activities?account=" + account).then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.equalTo(statuses.size()));
        Api.as("rep2").get("/api/activities?account=" + prospect).then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.equalTo(0));
    }
}
