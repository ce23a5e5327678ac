package io.forecourt.territory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The rep side of a territory for planning: home location and capacity in visit hours per period. */
@Entity
@Table(name = "territory_profiles")
public class TerritoryProfile {

    @Id
    @Column(name = "territory_id")
    private Long territoryId;

    @Column(name = "home_latitude", nullable = false)
    private double homeLatitude;

    @Column(name = "home_longitude", nullable = false)
    private double homeLongitude;

    @Column(name = "capacity_hours", nullable = false)
    private double capacityHours;

    @Version
    private int version;

    protected TerritoryProfile() {
    }

    public TerritoryProfile(long territoryId, double homeLatitude, double homeLongitude, double capacityHours) {
        this.territoryId = territoryId;
        this.homeLatitude = homeLatitude;
        this.homeLongitude = homeLongitude;
        this.capacityHours = capacityHours;
    }

    public Long getTerritoryId() { return territoryId; }
    public double getHomeLatitude() { return homeLatitude; }
    public double getHomeLongitude() { return homeLongitude; }
    public double getCapacityHours() { return capacityHours; }
    public void setCapacityHours(double capacityHours) { this.capacityHours = capacityHours; }
    public int getVersion() { return version; }

    void update(double homeLatitude, double homeLongitude, double capacityHours) {
        this.homeLatitude = homeLatitude;
        this.homeLongitude = homeLongitude;
        this.capacityHours = capacityHours;
    }
}
