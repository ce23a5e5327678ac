package io.forecourt.catalog;

import io.forecourt.common.web.ForecourtException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
class CatalogServiceTest {

    @Inject
    CatalogService catalog;

    @Inject
    CatalogChangedRecorder recorder;

    @Inject
    ProductRepository products;

    @Test
    void repeatedReadsAreServedFromMemoryUntilTheProductChanges() {
        catalog.save("T_CACHE", ProductBuilder.car("T_CACHE").build(), null);
        ProductDocument first = catalog.find("T_CACHE").orElseThrow();
        assertThat(catalog.find("T_CACHE").orElseThrow()).isSameAs(first);

        catalog.save("T_CACHE", ProductBuilder.car("T_CACHE").name("Facelift").build(), 0L);
        assertThat(catalog.find("T_CACHE").orElseThrow().name()).isEqualTo("Facelift");
    }

    @Test
    void observersHearOfEachCommittedWriteAndAlreadyReadTheNewVersion() {
        String code = CatalogChangedRecorder.PREFIX + "_WRITE";
        catalog.save(code, ProductBuilder.car(code).build(), null);
        assertThat(recorder.changed).contains(code);
        assertThat(recorder.nameSeen.get(code)).contains("Test car " + code);

        catalog.save(code, ProductBuilder.car(code).name("Second").build(), null);
        assertThat(recorder.nameSeen.get(code)).contains("Second");

        catalog.delete(code, null);
        assertThat(recorder.nameSeen.get(code)).isEmpty();
        assertThat(catalog.find(code)).isEmpty();
    }

    @Test
    void refusedImportAnnouncesNothing() {
        String code = CatalogChangedRecorder.PREFIX + "_REFUSED";
        assertThatThrownBy(() -> catalog.save(code, ProductBuilder.car(code).currency("€").build(), null))
                .isInstanceOf(InvalidProductException.class);
        assertThat(recorder.changed).doesNotContain(code);
    }

    @Test
    void aWriteThatRollsBackLeavesNoTraceInTheCache() {
        catalog.save("T_ROLLBACK", ProductBuilder.car("T_ROLLBACK").build(), null);
        catalog.find("T_ROLLBACK").orElseThrow();

        QuarkusTransaction.begin();
        try {
            catalog.save("T_ROLLBACK", ProductBuilder.car("T_ROLLBACK").name("Never committed").build(), null);
            // the writing transaction reads its own write...
            assertThat(catalog.find("T_ROLLBACK").orElseThrow().name()).isEqualTo("Never committed");
        } finally {
            QuarkusTransaction.rollback();
        }
        // ...and nobody else ever sees it
        assertThat(catalog.find("T_ROLLBACK").orElseThrow().name()).isEqualTo("Test car T_ROLLBACK");
    }

    @Test
    void storedDocumentIsJsonTheDatabaseCanQuery() {
        Number colours = QuarkusTransaction.requiringNew().call(() -> (Number) products.getEntityManager()
                .createNativeQuery("select jsonb_array_length(g -> 'options') from products, "
                        + "jsonb_array_elements(document -> 'groups') g where code = 'TERRA' and g ->> 'code' = 'COLOUR'")
                .getSingleResult());
        assertThat(colours.intValue()).isEqualTo(7);
    }

    @Test
    void cachedProductsCannotBeChangedByTheirReaders() {
        ProductDocument aura = catalog.get("AURA");
        assertThatThrownBy(() -> aura.groups().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> aura.tables().get(0).rows().get(0).set(0, "X"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void getOfAnUnknownProductIsNotFound() {
        assertThat(catalog.find("T_NOWHERE")).isEqualTo(Optional.empty());
        assertThatThrownBy(() -> catalog.get("T_NOWHERE")).isInstanceOf(ForecourtException.class)
                .extracting(e -> ((ForecourtException) e).status()).isEqualTo(404);
    }
}
