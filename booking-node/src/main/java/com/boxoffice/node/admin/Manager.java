package com.boxoffice.node.admin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A cinema manager who may sign in to the managers' API. The password is kept only as a salted
 * hash, so a leaked database does not leak passwords.
 */
@Entity
@Table(name = "managers")
public class Manager {

    @Id
    private String id;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected Manager() {
    }

    Manager(String id, String name, String password, Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.passwordHash = PasswordHash.of(password);
    }

    boolean acceptsPassword(String password) {
        return PasswordHash.matches(password, passwordHash);
    }

    void changePassword(String password) {
        passwordHash = PasswordHash.of(password);
    }

    public ManagerSummary summary() {
        return new ManagerSummary(id, name, createdAt);
    }
}
