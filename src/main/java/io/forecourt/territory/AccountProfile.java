package io.forecourt.territory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;

/**
 * What an account asks of its rep and may bring: visits per period, minutes per visit, revenue
 * potential per year, and whether the planner pinned it to its territory.
 */
@Entity
@Table(name = "account_profiles")
public class AccountProfile {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "visits_per_period", nullable = false)
    private int visitsPerPeriod;

    @Column(name = "visit_minutes", nullable = false)
    private int visitMinutes;

    @Column(name = "revenue_potential", nullable = false)
    private BigDecimal revenuePotential;

    @Column(name = "territory_pinned", nullable = false)
    private boolean territoryPinned;

    @Version
    private int version;

    protected AccountProfile() {
    }

    public AccountProfile(long accountId, int visitsPerPeriod, int visitMinutes, BigDecimal revenuePotential) {
        this.accountId = accountId;
        this.visitsPerPeriod = visitsPerPeriod;
        this.visitMinutes = visitMinutes;
        this.revenuePotential = revenuePotential;
    }

    public Long getAccountId() { return accountId; }
    public int getVisitsPerPeriod() { return visitsPerPeriod; }
    public int getVisitMinutes() { return visitMinutes; }
    public BigDecimal getRevenuePotential() { return revenuePotential; }
    public boolean isTerritoryPinned() { return territoryPinned; }
    public void setTerritoryPinned(boolean pinned) { this.territoryPinned = pinned; }
    public int getVersion() { return version; }

    void update(int visitsPerPeriod, int visitMinutes, BigDecimal revenuePotential, boolean pinned) {
        this.visitsPerPeriod = visitsPerPeriod;
        this.visitMinutes = visitMinutes;
        this.revenuePotential = revenuePotential;
        this.territoryPinned = pinned;
    }
}
