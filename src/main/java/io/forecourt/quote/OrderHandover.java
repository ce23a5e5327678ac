package io.forecourt.quote;

import io.forecourt.order.OrderService;

/** What an accepted quote hands to the order feature: its revision, account, owner, total and every line. */
final class OrderHandover {

    private OrderHandover() {
    }

    static OrderService.Placement of(Quote q, long ownerId, String note) {
        return new OrderService.Placement(q.getId(), q.getNumber(), q.getRevision(), q.getAccountId(), ownerId,
                q.getCurrency(), q.getTotal(), q.getLines().stream()
                        .map(l -> new OrderService.NewLine(l.getConfigurationCode(), l.getProductCode(), l.getMarket(),
                                l.getListPrice(), l.getDiscountPercent(), l.getNetPrice()))
                        .toList(), note);
    }
}
