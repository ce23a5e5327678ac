package io.forecourt.account;

import java.util.List;

/** Everything the account page shows in one read. */
public record AccountDetail(AccountView account, List<ContactView> contacts) {
}
