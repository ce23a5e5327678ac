package io.forecourt.security.tokens;

import io.forecourt.security.Role;
import io.forecourt.security.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.forecourt.security.tokens.TokenApi.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/** Over its limit (in tests: 30 at once, 5 a second) a token is answered 429 with Retry-After. */
@QuarkusTest
class TokenRateLimitTest {

    static final String PW = "a-good-password";

    @Inject
    TestUsers users;

    @Test
    void aTokenOverItsLimitIsAnswered429AndOthersAreNot() {
        TestUsers.Made u = users.make("rate", PW, Role.REP);
        TokenApi.Made busy = TokenApi.make(u.username(), PW, "Busy");
        TokenApi.Made calm = TokenApi.make(u.username(), PW, "Calm");
        List<Integer> statuses = new ArrayList<>();
        Response refused = null;
        for (int i = 0; i < 45 && refused == null; i++) {
            Response r = bearer(busy.secret()).get("/api/me");
            statuses.add(r.statusCode());
            if (r.statusCode() == 429) {
                refused = r;
            }
        }
        assertThat(statuses).startsWith(200, 200, 200).contains(429);
        assertThat(refused.contentType()).contains("problem+json");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(refused.jsonPath().getInt("status")).isEqualTo(429);
        assertThat(refused.asString()).doesNotContain("Exception");
        assertThat(bearer(calm.secret()).get("/api/me").statusCode()).isEqualTo(200);
    }

    @Test
    void theBucketRefillsAtTheConfiguredRate() {
        long[] now = {0};
        RateLimiter limiter = new RateLimiter(2, 3, () -> now[0]);
        assertThat(List.of(limiter.acquire(1), limiter.acquire(1), limiter.acquire(1))).containsOnly(0L);
        assertThat(limiter.acquire(1)).isEqualTo(1);
        assertThat(limiter.acquire(2)).as("another token has its own bucket").isZero();
        now[0] = 500_000_000L;
        assertThat(limiter.acquire(1)).isZero();
        assertThat(limiter.acquire(1)).isEqualTo(1);
        assertThat(new RateLimiter(0, 1, () -> 0).acquire(1)).as("0 per second: no limit").isZero();
    }
}
