package io.forecourt.catalog;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/**
 * A stored car model: its whole catalogue document as JSONB, with the code and name copied out for
 * look-ups and lists. Only {@link CatalogService} sees it; everyone else gets {@link ProductDocument}.
 */
@Entity
@Table(name = "products")
class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    // lazy: a big model's document runs to megabytes and most writes replace it without reading it
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private String document;

    @Version
    private int version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Product() {
    }

    Product(String code) {
        this.code = code;
    }

    void replace(String name, String document, Instant now) {
        this.name = name;
        this.document = document;
        this.updatedAt = now;
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    String getDocument() {
        return document;
    }

    int getVersion() {
        return version;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
