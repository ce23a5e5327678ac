package io.forecourt.territory;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

/** Bodies and answers of the planning profiles of accounts and territories. */
public final class ProfileRequests {

    private ProfileRequests() {
    }

    /** An account's visit profile; {@code version} is required to change an existing one. */
    public record AccountProfileBody(@NotNull @Min(0) @Max(100) Integer visitsPerPeriod,
                                     @NotNull @Min(5) @Max(600) Integer visitMinutes,
                                     @NotNull @DecimalMin("0") @DecimalMax("1000000000") BigDecimal revenuePotential,
                                     boolean pinned, Integer version) {
    }

    public record AccountProfileView(long accountId, int visitsPerPeriod, int visitMinutes, BigDecimal revenuePotential,
                                     boolean pinned, int version) {
        static AccountProfileView of(AccountProfile p) {
            return new AccountProfileView(p.getAccountId(), p.getVisitsPerPeriod(), p.getVisitMinutes(),
                    p.getRevenuePotential(), p.isTerritoryPinned(), p.getVersion());
        }
    }

    /** A territory's rep home and capacity; {@code version} is required to change an existing one. */
    public record TerritoryProfileBody(@NotNull @DecimalMin("-90") @DecimalMax("90") Double homeLatitude,
                                       @NotNull @DecimalMin("-180") @DecimalMax("180") Double homeLongitude,
                                       @NotNull @DecimalMin("0.1") @DecimalMax("10000") Double capacityHours,
                                       Integer version) {
    }

    public record TerritoryProfileView(String code, double homeLatitude, double homeLongitude, double capacityHours,
                                       int version) {
    }
}
