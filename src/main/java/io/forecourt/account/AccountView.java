package io.forecourt.account;

import java.time.OffsetDateTime;

/** An account as the API and the pages show it; {@code owner} and {@code territory} are display names. */
public record AccountView(long id, String name, String kind, String status, String street, String postalCode,
                          String city, String country, Double latitude, Double longitude, String phone,
                          String email, long ownerId, String owner, Long territoryId, String territory,
                          int version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static AccountView of(Account a, String owner, String territory) {
        return new AccountView(a.getId(), a.getName(), a.getKind().name(), a.getStatus().name(), a.getStreet(),
                a.getPostalCode(), a.getCity(), a.getCountry(), a.getLatitude(), a.getLongitude(), a.getPhone(),
                a.getEmail(), a.getOwnerId(), owner, a.getTerritoryId(), territory, a.getVersion(),
                a.getCreatedAt(), a.getUpdatedAt());
    }

    /** The request that would leave this account as it is: the starting point of the edit form. */
    AccountRequest asRequest() {
        return new AccountRequest(name, kind, status, street, postalCode, city, country, latitude, longitude,
                phone, email, ownerId, territoryId, version);
    }
}
