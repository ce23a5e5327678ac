package io.forecourt.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import io.forecourt.common.web.ForecourtException;
import io.forecourt.security.CurrentUser;
import io.forecourt.security.OwnerScope;
import io.forecourt.security.Role;
import io.forecourt.security.User;
import io.forecourt.security.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Accounts as the caller may see and change them. Reads use {@link #readScope()}, writes the caller's
 * owner scope; anything out of scope is answered as if it did not exist (404).
 */
@ApplicationScoped
public class AccountService {

    static final int MAX_PAGE_SIZE = 100;

    @Inject
    AccountRepository accounts;

    @Inject
    TerritoryRepository territories;

    @Inject
    ContactRepository contacts;

    @Inject
    UserRepository users;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccountAccess access;

    @Transactional
    public AccountList list(String q, String status, int page, int size) {
        if (page < 1 || size < 1 || size > MAX_PAGE_SIZE) {
            throw invalid(page < 1 ? "page" : "size",
                    page < 1 ? "must be 1 or more" : "must be between 1 and " + MAX_PAGE_SIZE);
        }
        AccountRepository.Filter filter = new AccountRepository.Filter(q, parseStatus(status));
        long total = accounts.countSearch(readScope(), filter);
        List<AccountView> items = views(accounts.search(readScope(), filter, page - 1, size));
        return new AccountList(items, page, size, total, (int) Math.max(1, (total + size - 1) / size));
    }

    @Transactional
    public List<AccountView> export(String q, String status) {
        return views(accounts.searchAll(readScope(), new AccountRepository.Filter(q, parseStatus(status))));
    }

    @Transactional
    public AccountView get(long id) {
        return views(List.of(readable(id))).get(0);
    }

    @Transactional
    public AccountDetail detail(long id) {
        Account account = readable(id);
        return new AccountDetail(views(List.of(account)).get(0),
                contacts.ofAccount(id).stream().map(ContactView::of).toList());
    }

    @Transactional
    public AccountView create(@Valid @NotNull AccountRequest request) {
        Account a = new Account(request.name().trim(), kindOf(request), Account.Status.valueOf(request.status()),
                ownerFor(request.ownerId(), null));
        apply(a, request);
        accounts.persist(a);
        return views(List.of(a)).get(0);
    }

    /** Refuses a change based on an older version (409) instead of silently overwriting it. */
    @Transactional
    public AccountView update(long id, @Valid @NotNull AccountRequest request) {
        if (request.version() == null) {
            throw invalid("version", "must be the version the change is based on");
        }
        Account a = writable(id);
        if (request.version() != a.getVersion()) {
            throw stale(a.getVersion());
        }
        a.setName(request.name().trim());
        a.setKind(kindOf(request));
        a.setStatus(Account.Status.valueOf(request.status()));
        a.setOwnerId(ownerFor(request.ownerId(), a.getOwnerId()));
        apply(a, request);
        // a concurrent writer with the same version loses here, inside the request: 409 via the mapper
        accounts.flush();
        return views(List.of(a)).get(0);
    }

    /** Planners plan every territory, so they read all accounts; they never write (roles say so). */
    OwnerScope readScope() {
        return access.readScope();
    }

    Account readable(long id) {
        return access.requireVisible(id);
    }

    Account writable(long id) {
        return access.requireWritable(id);
    }

    static ForecourtException invalid(String field, String message) {
        return new ForecourtException(400, "Invalid request", "Some fields are not valid",
                Map.of("errors", List.of(Map.of("field", field, "message", message))));
    }

    static ForecourtException stale(int currentVersion) {
        return ForecourtException.stale("record", currentVersion);
    }

    private void apply(Account a, AccountRequest r) {
        a.setStreet(blankToNull(r.street()));
        a.setPostalCode(blankToNull(r.postalCode()));
        a.setCity(blankToNull(r.city()));
        a.setCountry(blankToNull(r.country()));
        a.setLocation(r.latitude(), r.longitude());
        a.setPhone(blankToNull(r.phone()));
        a.setEmail(blankToNull(r.email()));
        a.setTerritoryId(territoryFor(r.territoryId(), a.getTerritoryId()));
    }

    /** Reps own what they create; managers and admins may hand an account to a rep they see. */
    private Long ownerFor(Long requested, Long current) {
        long self = currentUser.requireUserId();
        if (requested == null) {
            return current != null ? current : self;
        }
        if (requested.equals(current) || requested == self) {
            return requested;
        }
        boolean mayAssign = currentUser.hasRole(Role.MANAGER) || currentUser.hasRole(Role.ADMIN);
        User owner = users.findByIdOptional(requested).orElse(null);
        if (!mayAssign || owner == null || !owner.getRoles().contains(Role.REP)
                || !currentUser.ownerScope().includes(requested)) {
            throw invalid("ownerId", mayAssign ? "is not a rep you may give accounts to"
                    : "only managers and admins give accounts to someone else");
        }
        return requested;
    }

    /** Keeping the territory an account already lies in is always allowed. */
    private Long territoryFor(Long requested, Long current) {
        if (requested == null || requested.equals(current)) {
            return requested;
        }
        Territory t = territories.findByIdOptional(requested).orElse(null);
        OwnerScope scope = currentUser.ownerScope();
        if (t == null || !(scope.all() || scope.includes(t.getRepId()))) {
            throw invalid("territoryId", "is not a territory you work or manage");
        }
        return requested;
    }

    private List<AccountView> views(List<Account> list) {
        Map<Long, String> owners = names(list.stream().map(Account::getOwnerId).distinct().toList());
        Map<Long, String> codes = new HashMap<>();
        List<Long> territoryIds = list.stream().map(Account::getTerritoryId).filter(Objects::nonNull).distinct().toList();
        if (!territoryIds.isEmpty()) {
            territories.list("id in ?1", territoryIds).forEach(t -> codes.put(t.getId(), t.getCode()));
        }
        return list.stream().map(a -> AccountView.of(a, owners.get(a.getOwnerId()),
                a.getTerritoryId() == null ? null : codes.get(a.getTerritoryId()))).toList();
    }

    private Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            users.list("id in ?1", ids).forEach(u -> names.put(u.getId(), u.getDisplayName()));
        }
        return names;
    }

    private static Account.Kind kindOf(AccountRequest r) {
        return r.kind() == null ? Account.Kind.COMPANY : Account.Kind.valueOf(r.kind());
    }

    private static Account.Status parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return Account.Status.valueOf(status.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("status", "must be PROSPECT, ACTIVE or INACTIVE");
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
