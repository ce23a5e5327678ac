package io.forecourt.lead;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Creating or changing a lead; {@code version} is required for a change (stale → 409). */
public record LeadRequest(@NotBlank @Size(max = 200) String name, @Size(max = 200) String company,
                          @Email @Size(max = 200) String email, @Size(max = 40) String phone,
                          @Size(max = 120) String city, Integer version) {
}
