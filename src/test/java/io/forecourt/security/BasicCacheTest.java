package io.forecourt.security;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** HTTP Basic stays correct with verified credentials remembered: a new password or a deactivation ends them. */
@QuarkusTest
class BasicCacheTest {

    @Inject
    TestUsers testUsers;

    @Inject
    VerifiedCredentials verified;

    static int me(String username, String password) {
        return given().auth().preemptive().basic(username, password).get("/api/me").statusCode();
    }

    @Test
    void aRememberedPasswordStopsWorkingWhenThePasswordIsChanged() {
        TestUsers.Made u = testUsers.make("basic", "first-password", Role.REP);
        assertThat(me(u.username(), "first-password")).isEqualTo(200);
        assertThat(verified.remembered(testUsers.read(u.id()), "first-password")).isTrue();
        assertThat(me(u.username(), "first-password")).isEqualTo(200);
        assertThat(me(u.username(), "not-the-password")).as("a wrong password is never remembered").isEqualTo(401);

        String link = given().auth().preemptive().basic("admin1", "demo").contentType("application/json").post("/api/admin/users/" + u.id() + "/password-link")
                .then().statusCode(200).extract().path("link");
        given().contentType("application/json").body(Map.of("password", "second-password"))
                .post("/api/password-links/" + link.substring(link.lastIndexOf("/") + 1)).then().statusCode(204);

        assertThat(verified.remembered(testUsers.read(u.id()), "first-password")).isFalse();
        assertThat(me(u.username(), "first-password")).isEqualTo(401);
        assertThat(me(u.username(), "second-password")).isEqualTo(200);
    }

    @Test
    void aPasswordChangedOnAnotherReplicaEndsTheRememberedOneAtTheNextCall() {
        TestUsers.Made u = testUsers.make("basic", "first-password", Role.REP);
        assertThat(me(u.username(), "first-password")).isEqualTo(200);
        // another replica sets a new password: no event reaches this one, the user row tells
        testUsers.setPasswordBehindOurBack(u.id(), "second-password");
        assertThat(me(u.username(), "first-password")).isEqualTo(401);
        assertThat(me(u.username(), "second-password")).isEqualTo(200);

        VerifiedCredentials replica2 = new VerifiedCredentials(60_000_000_000L, System::nanoTime);
        replica2.remember(testUsers.read(u.id()), "second-password");
        assertThat(replica2.remembered(testUsers.read(u.id()), "second-password")).isTrue();
        testUsers.setActiveBehindOurBack(u.id(), false);
        assertThat(replica2.remembered(testUsers.read(u.id()), "second-password")).isFalse();
        assertThat(me(u.username(), "second-password")).isEqualTo(401);
    }

    @Test
    void aDeactivatedUsersRememberedPasswordIsDroppedAtOnce() {
        TestUsers.Made u = testUsers.make("basic", "first-password", Role.REP);
        assertThat(me(u.username(), "first-password")).isEqualTo(200);
        given().auth().preemptive().basic("admin1", "demo").contentType("application/json").post("/api/admin/users/" + u.id() + "/deactivate")
                .then().statusCode(200).body("active", equalTo(false));
        assertThat(verified.remembered(testUsers.read(u.id()), "first-password")).isFalse();
        assertThat(me(u.username(), "first-password")).isEqualTo(401);
    }

    @Test
    void rememberedEntriesExpire() {
        long[] now = {0};
        VerifiedCredentials shortLived = new VerifiedCredentials(1_000, () -> now[0]);
        TestUsers.Made u = testUsers.make("basic", "first-password", Role.REP);
        User row = testUsers.read(u.id());
        shortLived.remember(row, "first-password");
        assertThat(shortLived.remembered(row, "first-password")).isTrue();
        assertThat(shortLived.remembered(row, "other-password")).isFalse();
        now[0] = 2_000;
        assertThat(shortLived.remembered(row, "first-password")).isFalse();
    }
}
