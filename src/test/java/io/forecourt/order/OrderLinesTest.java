package io.forecourt.order;

import io.forecourt.quote.QuoteApi;
import io.forecourt.quote.QuoteFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import static io.forecourt.quote.QuoteApi.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;

/** An order keeps the lines its quote had when the customer accepted: they are the order's own. */
@QuarkusTest
class OrderLinesTest {

    @Inject
    QuoteFixtures fixtures;

    @Inject
    EntityManager em;

    @Transactional
    void repriceQuoteLines(long orderId) {
        em.createNativeQuery("update quote_lines set net_price = 1 where quote_id = (select quote_id from orders where id = ?1)")
                .setParameter(1, orderId).executeUpdate();
    }

    @Transactional
    long storedLines(long orderId) {
        return ((Number) em.createNativeQuery("select count(*) from order_lines where order_id = ?1")
                .setParameter(1, orderId).getSingleResult()).longValue();
    }

    @Test
    void anAcceptedQuoteHandsItsLinesToTheOrderWhichKeepsThemAsAccepted() {
        int id = QuoteApi.order("rep1", fixtures.account("Order Lines Own", "rep1"));
        float net = as("rep1").get("/api/orders/" + id).then().statusCode(200)
                .body("lines", hasSize(1)).body("lines[0].netPrice", greaterThan(1000f))
                .body("quote.number", org.hamcrest.Matchers.startsWith("Q-"))
                .extract().path("lines[0].netPrice");
        org.assertj.core.api.Assertions.assertThat(storedLines(id)).isEqualTo(1);

        repriceQuoteLines(id);
        as("rep1").get("/api/orders/" + id).then().body("lines[0].netPrice", equalTo(net));
    }
}
