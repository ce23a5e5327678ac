package io.forecourt.order;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
class OrderTransitionRepository implements PanacheRepository<OrderTransition> {

    List<OrderTransition> of(long orderId) {
        return list("orderId = ?1 order by id", orderId);
    }
}
