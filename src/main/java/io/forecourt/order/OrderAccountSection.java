package io.forecourt.order;

import io.forecourt.account.AccountSection;
import io.forecourt.common.web.Formats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** The account page's orders: number, state and total. */
@ApplicationScoped
class OrderAccountSection implements AccountSection {

    @Inject
    OrderService orders;

    @Override
    public int order() {
        return 45;
    }

    @Override
    public String title() {
        return "Orders";
    }

    @Override
    public String emptyText() {
        return "No order yet.";
    }

    @Override
    public List<Line> lines(long accountId) {
        return orders.list(null, accountId).stream()
                .map(o -> new Line(o.number(), o.status().words() + " · " + Formats.money(o.total()) + " " + o.currency()
                        + " · from " + o.quote().number(), "/orders/" + o.id()))
                .toList();
    }
}
