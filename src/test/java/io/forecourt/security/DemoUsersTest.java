package io.forecourt.security;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class DemoUsersTest {

    @Inject
    DemoUsers demoUsers;

    @Inject
    UserRepository users;

    @Inject
    TeamRepository teams;

    @Test
    void loadingTwiceChangesNothing() {
        long usersBefore = users.count();
        long teamsBefore = teams.count();
        demoUsers.load();
        assertThat(users.count()).isEqualTo(usersBefore);
        assertThat(teams.count()).isEqualTo(teamsBefore);
        assertThat(users.findByUsername("rep1")).get().extracting(User::getTeamId)
                .isEqualTo(teams.findByName("North").orElseThrow().getId());
    }

    @Test
    void passwordsAreStoredAsBcrypt() {
        User rep = users.findByUsername("rep1").orElseThrow();
        assertThat(rep.getPasswordHash()).startsWith("$2a$").doesNotContain("demo");
        assertThat(Passwords.matches("demo", rep.getPasswordHash())).isTrue();
        assertThat(Passwords.matches("Demo", rep.getPasswordHash())).isFalse();
    }
}
