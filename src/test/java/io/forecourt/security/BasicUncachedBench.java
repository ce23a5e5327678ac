package io.forecourt.security;

import io.forecourt.bench.BenchReport;
import io.forecourt.bench.BenchSelection;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** HTTP Basic as it was before verified credentials were remembered: bcrypt on every call (see {@link ApiAuthBench}). */
@QuarkusTest
@TestProfile(BasicUncachedBench.NothingRemembered.class)
class BasicUncachedBench {

    public static class NothingRemembered implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("forecourt.tokens.rate-limit.per-second", "0", "forecourt.users.basic-cache-time", "PT0S");
        }
    }

    @Inject
    TestUsers users;

    @Test
    void basicWithBcryptOnEveryCall() throws Exception {
        BenchSelection.assumeSelected("bench.auth");
        ApiAuthBench.Credentials c = ApiAuthBench.Credentials.make(users);
        ApiAuthBench.warmUp(List.of(List.of(), List.of(c.basic())));
        List<String> rows = new ArrayList<>();
        rows.addAll(ApiAuthBench.measure("anonymous", ApiAuthBench.PING, List.of()));
        rows.addAll(ApiAuthBench.measure("basic-bcrypt", ApiAuthBench.PING, List.of(c.basic())));
        rows.addAll(ApiAuthBench.measure("basic-bcrypt", ApiAuthBench.FEED, List.of(c.basic())));
        BenchReport.writeCsv("api-auth-basic-bcrypt.csv", ApiAuthBench.HEADER, rows);
    }
}
