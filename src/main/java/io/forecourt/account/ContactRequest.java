package io.forecourt.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Adding or changing a contact; {@code version} is required on update. */
public record ContactRequest(
        @Size(max = 80) String firstName,
        @NotBlank @Size(max = 80) String lastName,
        @Size(max = 120) String jobTitle,
        @Email @Size(max = 200) String email,
        @Size(max = 40) String phone,
        Boolean primary,
        Integer version) {
}
