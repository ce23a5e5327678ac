package io.forecourt.security.tokens;

import io.forecourt.security.Role;
import io.forecourt.security.TestUsers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static io.forecourt.security.tokens.TokenApi.basic;
import static io.forecourt.security.tokens.TokenApi.me;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Replicas share one database and nothing else: a token revoked on one is refused on another within
 * the cache time. The second replica here is a second token checker over the same PostgreSQL.
 */
@QuarkusTest
class TokenReplicasTest {

    static final String PW = "a-good-password";
    static final Duration CACHE = Duration.ofMillis(400);

    @Inject
    TestUsers users;

    @Inject
    TokenStore store;

    @Inject
    ApiTokenRepository repository;

    @Test
    void aTokenRevokedOnThisReplicaIsRefusedOnAnotherWithinTheCacheTime() {
        TestUsers.Made u = users.make("replica", PW, Role.REP);
        TokenApi.Made t = TokenApi.make(u.username(), PW, "Shared");
        long[] now = {0};
        TokenVerifier replica2 = new TokenVerifier(store, CACHE, () -> now[0], Clock.systemUTC());
        assertThat(replica2.load(t.secret()).getPrincipal().getName()).isEqualTo(u.username());
        assertThat(replica2.cached(t.secret())).as("answered from its cache").isNotNull();

        basic(u.username(), PW).delete("/api/tokens/" + t.id()).then().statusCode(200);
        assertThat(me(t.secret())).as("this replica forgets at once").isEqualTo(401);

        now[0] = CACHE.toNanos() - 1;
        assertThat(replica2.cached(t.secret())).as("the other still trusts what it read, within the cache time")
                .isNotNull();
        now[0] = CACHE.toNanos();
        assertThat(replica2.cached(t.secret())).as("and reads the database again once it is over").isNull();
        assertThatThrownBy(() -> replica2.load(t.secret())).isInstanceOf(AuthenticationFailedException.class);
        assertThatThrownBy(() -> replica2.cached(t.secret())).isInstanceOf(AuthenticationFailedException.class);
    }

    @Test
    void aTokenRevokedOnAnotherReplicaIsRefusedHereWithinTheCacheTime() {
        TestUsers.Made u = users.make("replica", PW, Role.REP);
        TokenApi.Made t = TokenApi.make(u.username(), PW, "Shared");
        assertThat(me(t.secret())).isEqualTo(200);
        // the other replica's revocation reaches only the database: no event on this one
        QuarkusTransaction.requiringNew().run(() -> repository.findById(t.id())
                .revoke(u.id(), OffsetDateTime.now(ZoneOffset.UTC)));
        await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(50))
                .until(() -> me(t.secret()) == 401);
        assertThat(me(t.secret())).isEqualTo(401);
    }

    @Test
    void anOwnerDeactivatedElsewhereIsRefusedWithinTheCacheTime() {
        TestUsers.Made u = users.make("replica", PW, Role.REP);
        TokenApi.Made t = TokenApi.make(u.username(), PW, "Shared");
        TokenVerifier replica2 = new TokenVerifier(store, CACHE, System::nanoTime, Clock.systemUTC());
        replica2.load(t.secret());
        users.setActiveBehindOurBack(u.id(), false);
        await().atMost(Duration.ofSeconds(2)).until(() -> me(t.secret()) == 401);
        await().atMost(Duration.ofSeconds(2)).until(() -> {
            try {
                if (replica2.cached(t.secret()) == null) {
                    replica2.load(t.secret());
                }
                return false;
            } catch (AuthenticationFailedException refused) {
                return true;
            }
        });
    }
}
