-- A customer's saved configuration: the choices, and the price breakdown and rules version frozen
-- at saving, so a quote made from it later quotes what the customer saw.
create table saved_configurations (
    id              bigserial primary key,
    code            varchar(16)   not null unique,
    product_code    varchar(64)   not null,
    market          varchar(16)   not null,
    selections      jsonb         not null,
    name            varchar(120),
    email           varchar(200),
    price           jsonb         not null,
    total           numeric(14,2) not null,
    currency        varchar(3)    not null,
    rules_version   varchar(32)   not null,
    valid           boolean       not null,
    complete        boolean       not null,
    status          varchar(16)   not null,
    created_by      bigint references users (id),
    created_at      timestamptz   not null default now(),
    version         integer       not null default 0,
    constraint saved_configurations_status check (status in ('DRAFT', 'READY')),
    constraint saved_configurations_ready_is_valid check (status <> 'READY' or (valid and complete))
);
create index saved_configurations_email_idx on saved_configurations (lower(email));
create index saved_configurations_product_idx on saved_configurations (product_code);
