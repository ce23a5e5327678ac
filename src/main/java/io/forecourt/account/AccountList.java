package io.forecourt.account;

import java.util.List;

/** One page of accounts; {@code page} counts from 1. */
public record AccountList(List<AccountView> items, int page, int size, long total, int pages) {

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }

    public int previousPage() {
        return page - 1;
    }

    public int nextPage() {
        return page + 1;
    }
}
