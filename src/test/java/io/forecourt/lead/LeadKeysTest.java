package io.forecourt.lead;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LeadKeysTest {

    @Test
    void aFrenchNumberMatchesWithOrWithoutTheCountryCode() {
        assertThat(LeadKeys.phone("+33 4 72 10 20 30")).isEqualTo(LeadKeys.phone("04.72.10.20.30"))
                .isEqualTo(LeadKeys.phone("0033 (0)4 72 10 20 30")).isEqualTo("472102030");
        assertThat(LeadKeys.phone("12-34")).isNull();
    }

    @Test
    void namesAndCitiesMatchWithoutAccentsCaseOrExtraSpaces() {
        assertThat(LeadKeys.nameCity("  Élodie   Martin", "ÉCULLY")).isEqualTo(LeadKeys.nameCity("elodie martin", "Ecully"));
        assertThat(LeadKeys.nameCity("Élodie Martin", null)).isNull();
        assertThat(LeadKeys.email("  Jo@Example.COM ")).isEqualTo("jo@example.com");
    }
}
