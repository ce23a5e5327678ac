package io.forecourt.account;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Creating or changing an account. Kind and status are strings checked here, so a wrong value is a
 * 400 naming the field rather than a parse error. {@code ownerId}: only managers and admins may give
 * an account to someone else (absent = the caller on create, unchanged on update). {@code version}:
 * required on update, the version the change was based on.
 */
public record AccountRequest(
        @NotBlank @Size(max = 200) String name,
        @Pattern(regexp = "COMPANY|PERSON", message = "must be COMPANY or PERSON") String kind,
        @NotNull @Pattern(regexp = "PROSPECT|ACTIVE|INACTIVE", message = "must be PROSPECT, ACTIVE or INACTIVE") String status,
        @Size(max = 200) String street,
        @Size(max = 20) String postalCode,
        @Size(max = 120) String city,
        @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter country code such as FR") String country,
        @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @Size(max = 40) String phone,
        @Email @Size(max = 200) String email,
        Long ownerId,
        Long territoryId,
        Integer version) {
}
