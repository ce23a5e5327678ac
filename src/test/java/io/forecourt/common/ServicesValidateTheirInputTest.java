package io.forecourt.common;

import io.forecourt.account.AccountRequest;
import io.forecourt.account.AccountService;
import io.forecourt.common.web.FormErrors;
import io.forecourt.lead.LeadRequest;
import io.forecourt.lead.LeadService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Services judge their requests with the same Bean Validation as the API, so a page (or any other
 * caller) cannot slip past a limit it forgot to re-check: the refusal names the field, nothing is saved.
 */
@QuarkusTest
class ServicesValidateTheirInputTest {

    @Inject
    LeadService leads;

    @Inject
    AccountService accounts;

    @Test
    void aLeadWithoutANameOrWithATooLongCityIsRefusedByTheServiceItself() {
        ConstraintViolationException e = catchThrowableOfType(ConstraintViolationException.class,
                () -> leads.create(new LeadRequest(" ", null, null, null, "c".repeat(121), null)));
        assertThat(FormErrors.of(e)).containsOnlyKeys("name", "city");
    }

    @Test
    void anAccountRequestIsCheckedBeforeTheServiceRuns() {
        ConstraintViolationException e = catchThrowableOfType(ConstraintViolationException.class,
                () -> accounts.create(null));
        assertThat(e.getConstraintViolations()).isNotEmpty();
    }
}
