package io.forecourt.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** Someone who signs in: a customer, rep, manager, planner or admin. */
@Entity
@Table(name = "users")
public class User {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private String roles;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    @Column(name = "team_id")
    private Long teamId;

    private boolean active = true;

    @Version
    private int version;

    protected User() {
    }

    public User(String username, String passwordHash, Set<String> roles, String displayName) {
        this.username = username.toLowerCase(java.util.Locale.ROOT);
        this.passwordHash = passwordHash;
        this.roles = String.join(",", roles);
        this.displayName = displayName;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Set<String> getRoles() {
        return new LinkedHashSet<>(Arrays.asList(roles.split(",")));
    }

    public String getDisplayName() {
        return displayName;
    }

    void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    void setRoles(Set<String> roles) {
        this.roles = String.join(",", roles);
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public int getVersion() {
        return version;
    }
}
