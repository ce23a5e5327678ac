package io.forecourt.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A sales territory: one rep works it, within a team. */
@Entity
@Table(name = "territories")
public class Territory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "rep_id")
    private Long repId;

    @Column(name = "team_id")
    private Long teamId;

    @Version
    private int version;

    protected Territory() {
    }

    public Territory(String code, String name, Long repId, Long teamId) {
        this.code = code;
        this.name = name;
        this.repId = repId;
        this.teamId = teamId;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public Long getRepId() { return repId; }
    public void setRepId(Long repId) { this.repId = repId; }
    public Long getTeamId() { return teamId; }
    public int getVersion() { return version; }
}
