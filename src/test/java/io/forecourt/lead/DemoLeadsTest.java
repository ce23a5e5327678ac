package io.forecourt.lead;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.forecourt.lead.Leads.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class DemoLeadsTest {

    @Inject
    DemoLeads demo;

    @Test
    void demoLeadsIncludeAFlaggedDuplicateAndLoadingTwiceChangesNothing() {
        demo.load();
        as("admin1").get("/api/leads?q=demo-leads.forecourt.io").then().statusCode(200).body("$", hasSize(6));
        as("rep2").get("/api/leads?q=nico.garnier@").then().statusCode(200)
                .body("[0].duplicateReason", equalTo("same phone number"));
    }
}
