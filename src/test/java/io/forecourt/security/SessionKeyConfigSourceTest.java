package io.forecourt.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SessionKeyConfigSourceTest {

    @Test
    void suppliesOneStrongKeyPerRunSoQuarkusNeitherInventsNorLogsOne() {
        SessionKeyConfigSource source = new SessionKeyConfigSource();
        String key = source.getValue(SessionKeyConfigSource.KEY);
        assertThat(key).hasSizeGreaterThanOrEqualTo(32);
        assertThat(new SessionKeyConfigSource().getValue(SessionKeyConfigSource.KEY)).isEqualTo(key);
        assertThat(source.getValue("quarkus.http.port")).isNull();
        // below application.properties (250) and environment variables (300): a configured key wins
        assertThat(source.getOrdinal()).isLessThan(250);
    }
}
