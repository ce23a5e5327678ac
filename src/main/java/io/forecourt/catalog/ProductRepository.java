package io.forecourt.catalog;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class ProductRepository implements PanacheRepository<Product> {

    /** What lists need, without the (possibly large) document. */
    record Row(String code, String name, int version, Instant updatedAt) {
    }

    Optional<Product> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    Optional<String> documentOf(String code) {
        return getEntityManager()
                .createQuery("select p.document from Product p where p.code = :code", String.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    Optional<Row> rowOf(String code) {
        return find("code", code).project(Row.class).firstResultOptional();
    }

    List<Row> rowsByName() {
        return findAll(io.quarkus.panache.common.Sort.by("name").and("code")).project(Row.class).list();
    }
}
