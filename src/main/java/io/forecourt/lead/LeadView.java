package io.forecourt.lead;

import java.time.OffsetDateTime;

/** A lead as the API shows it; {@code duplicateOf}/{@code duplicateReason} say which lead it matches and why. */
public record LeadView(long id, String name, String company, String email, String phone, String city,
                       String source, String status, Long ownerId, String owner, Long territoryId,
                       String configurationCode, Long duplicateOf, String duplicateReason, Long mergedInto,
                       Long accountId, Long contactId, String statusReason, OffsetDateTime createdAt,
                       int version) {

    static LeadView of(Lead l, String owner) {
        return new LeadView(l.getId(), l.getName(), l.getCompany(), l.getEmail(), l.getPhone(), l.getCity(),
                l.getSource().name(), l.getStatus().name(), l.getOwnerId(), owner, l.getTerritoryId(),
                l.getConfigurationCode(), l.getDuplicateOf(), l.getDuplicateReason(), l.getMergedInto(),
                l.getAccountId(), l.getContactId(), l.getStatusReason(), l.getCreatedAt(), l.getVersion());
    }
}
