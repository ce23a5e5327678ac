-- Quotes, orders and the event outbox (issue 5).

-- An integration user reads the event feed; the users' role list learns the role.
alter table users drop constraint users_roles_known;
alter table users add constraint users_roles_known
    check (roles ~ '^(customer|rep|manager|planner|admin|integration)(,(customer|rep|manager|planner|admin|integration))*$');

create sequence quote_numbers;
create sequence order_numbers;

-- A quote for one account, from saved configurations. token is set when the quote is sent (the
-- customer's link) and renewed by each revision; approval_level is who must approve (null: nobody).
create table quotes (
    id                bigserial primary key,
    number            varchar(20) not null unique,
    account_id        bigint not null references accounts (id),
    opportunity_id    bigint references opportunities (id),
    owner_id          bigint not null references users (id),
    status            varchar(20) not null,
    revision          integer not null default 1,
    discount_percent  numeric(5, 2) not null default 0,
    valid_until       date not null,
    token             varchar(64) unique,
    currency          varchar(3) not null,
    list_total        numeric(14, 2) not null,
    total             numeric(14, 2) not null,
    cost_total        numeric(14, 2) not null,
    approval_level    varchar(10),
    decisions         jsonb not null default '[]',
    rules_version     varchar(20) not null,
    sent_at           timestamptz,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    version           integer not null default 0,
    constraint quotes_status check (status in ('DRAFT', 'PENDING_APPROVAL', 'APPROVED', 'REJECTED', 'SENT',
                                               'ACCEPTED', 'DECLINED', 'EXPIRED')),
    constraint quotes_discount check (discount_percent between 0 and 100),
    constraint quotes_sent_has_token check (status not in ('SENT', 'ACCEPTED', 'DECLINED') or token is not null)
);
create index quotes_account_idx on quotes (account_id);
create index quotes_owner_status_idx on quotes (owner_id, status);
create index quotes_opportunity_idx on quotes (opportunity_id);

-- One line per configuration, with the configuration's price breakdown frozen at quoting.
create table quote_lines (
    id                  bigserial primary key,
    quote_id            bigint not null references quotes (id) on delete cascade,
    position            integer not null,
    configuration_code  varchar(64) not null,
    product_code        varchar(64) not null,
    market              varchar(8) not null,
    selections          jsonb not null,
    price               jsonb not null,
    list_price          numeric(14, 2) not null,
    discount_percent    numeric(5, 2) not null default 0,
    net_price           numeric(14, 2) not null,
    cost                numeric(14, 2) not null,
    constraint quote_lines_discount check (discount_percent between 0 and 100),
    unique (quote_id, position)
);

-- The quote as it stood before each revision (a sent quote that changes), and every status change.
create table quote_revisions (
    id          bigserial primary key,
    quote_id    bigint not null references quotes (id) on delete cascade,
    revision    integer not null,
    snapshot    jsonb not null,
    revised_by  bigint references users (id),
    revised_at  timestamptz not null default now(),
    unique (quote_id, revision)
);

create table quote_status_changes (
    id           bigserial primary key,
    quote_id     bigint not null references quotes (id) on delete cascade,
    from_status  varchar(20),
    to_status    varchar(20) not null,
    changed_by   bigint references users (id),
    changed_at   timestamptz not null default now(),
    note         varchar(1000)
);
create index quote_status_changes_quote_idx on quote_status_changes (quote_id, id);

-- Exactly one order per quote: quote_id unique is the last line of defence against a double accept.
create table orders (
    id             bigserial primary key,
    number         varchar(20) not null unique,
    quote_id       bigint not null unique references quotes (id),
    account_id     bigint not null references accounts (id),
    owner_id       bigint not null references users (id),
    status         varchar(16) not null,
    currency       varchar(3) not null,
    total          numeric(14, 2) not null,
    cancel_reason  varchar(1000),
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    version        integer not null default 0,
    constraint orders_status check (status in ('PLACED', 'CONFIRMED', 'IN_PRODUCTION', 'SHIPPED', 'DELIVERED',
                                               'CANCELLED')),
    constraint orders_cancel_has_reason check (status <> 'CANCELLED' or cancel_reason is not null)
);
create index orders_account_idx on orders (account_id);
create index orders_owner_status_idx on orders (owner_id, status);

-- Every order state change: who (null: the customer, by accepting), when, from, to, note.
create table order_transitions (
    id           bigserial primary key,
    order_id     bigint not null references orders (id) on delete cascade,
    from_status  varchar(16),
    to_status    varchar(16) not null,
    changed_by   bigint references users (id),
    changed_at   timestamptz not null default now(),
    note         varchar(1000)
);
create index order_transitions_order_idx on order_transitions (order_id, id);

-- The first answer to a request carrying an Idempotency-Key, replayed for the same key.
create table idempotent_answers (
    scope       varchar(120) not null,
    key         varchar(200) not null,
    status      integer not null,
    body        jsonb not null,
    created_at  timestamptz not null default now(),
    primary key (scope, key)
);

-- Transactional outbox. Writers take a transaction-scoped advisory lock before taking an id and
-- hold it to commit, so ids are handed out in commit order and a reader polling after=<last id>
-- never skips an event committed later with a smaller id.
create table events (
    id           bigserial primary key,
    type         varchar(60) not null,
    entity       varchar(30) not null,
    entity_id    bigint not null,
    occurred_at  timestamptz not null default now(),
    payload      jsonb not null
);
