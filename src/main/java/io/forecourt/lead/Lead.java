package io.forecourt.lead;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

/** Someone who may become a customer; the keys are what duplicate detection compares. */
@Entity
@Table(name = "leads")
public class Lead {

    public enum Source { WEB_CONFIGURATOR, REP, IMPORT }

    public enum Status { NEW, CONTACTED, QUALIFIED, CONVERTED, DISQUALIFIED, MERGED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    private String company;
    private String email;
    private String phone;
    private String city;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Source source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.NEW;

    @Column(name = "owner_id")
    private Long ownerId;

    @Column(name = "territory_id")
    private Long territoryId;

    @Column(name = "configuration_code")
    private String configurationCode;

    @Column(name = "duplicate_of")
    private Long duplicateOf;

    @Column(name = "duplicate_reason")
    private String duplicateReason;

    @Column(name = "merged_into")
    private Long mergedInto;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "contact_id")
    private Long contactId;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "email_key")
    private String emailKey;

    @Column(name = "phone_key")
    private String phoneKey;

    @Column(name = "name_city_key")
    private String nameCityKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt = OffsetDateTime.now();

    @Version
    private int version;

    protected Lead() {
    }

    public Lead(String name, Source source) {
        this.name = name;
        this.source = source;
    }

    /** Sets the contact fields and recomputes the duplicate keys from them. */
    void details(String name, String company, String email, String phone, String city) {
        this.name = name;
        this.company = company;
        this.email = email;
        this.phone = phone;
        this.city = city;
        this.emailKey = LeadKeys.email(email);
        this.phoneKey = LeadKeys.phone(phone);
        this.nameCityKey = LeadKeys.nameCity(name, city);
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getCompany() { return company; }
    public String getEmail() { return email; }
    public String getPhone() { return phone; }
    public String getCity() { return city; }
    public Source getSource() { return source; }
    public Status getStatus() { return status; }
    void setStatus(Status status) { this.status = status; }
    public Long getOwnerId() { return ownerId; }
    void setOwnerId(Long ownerId) { this.ownerId = ownerId; }
    public Long getTerritoryId() { return territoryId; }
    void setTerritoryId(Long territoryId) { this.territoryId = territoryId; }
    public String getConfigurationCode() { return configurationCode; }
    void setConfigurationCode(String configurationCode) { this.configurationCode = configurationCode; }
    public Long getDuplicateOf() { return duplicateOf; }
    public String getDuplicateReason() { return duplicateReason; }
    void flagDuplicate(Long of, String reason) { this.duplicateOf = of; this.duplicateReason = reason; }
    public Long getMergedInto() { return mergedInto; }
    void setMergedInto(Long mergedInto) { this.mergedInto = mergedInto; }
    public Long getAccountId() { return accountId; }
    public Long getContactId() { return contactId; }
    void converted(Long accountId, Long contactId) { this.accountId = accountId; this.contactId = contactId; }
    public String getStatusReason() { return statusReason; }
    void setStatusReason(String statusReason) { this.statusReason = statusReason; }
    public String getEmailKey() { return emailKey; }
    public String getPhoneKey() { return phoneKey; }
    public String getNameCityKey() { return nameCityKey; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public int getVersion() { return version; }
}
