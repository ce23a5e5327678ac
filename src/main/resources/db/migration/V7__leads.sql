-- Leads: people who may become customers, from the web configurator, a rep or an import. Nothing is
-- ever deleted: a duplicate is flagged (duplicate_of), a merged lead stays as MERGED pointing to the
-- survivor, a converted one keeps the account and contact it became.
create table leads (
    id                  bigserial primary key,
    name                varchar(200) not null,
    company             varchar(200),
    email               varchar(200),
    phone               varchar(40),
    city                varchar(120),
    source              varchar(24)  not null,
    status              varchar(16)  not null,
    owner_id            bigint references users (id),
    territory_id        bigint references territories (id),
    configuration_code  varchar(16),
    duplicate_of        bigint references leads (id),
    duplicate_reason    varchar(200),
    merged_into         bigint references leads (id),
    account_id          bigint references accounts (id),
    contact_id          bigint references contacts (id),
    status_reason       varchar(500),
    email_key           varchar(200),
    phone_key           varchar(16),
    name_city_key       varchar(330),
    created_at          timestamptz not null default now(),
    version             integer not null default 0,
    constraint leads_source check (source in ('WEB_CONFIGURATOR', 'REP', 'IMPORT')),
    constraint leads_status check (status in ('NEW', 'CONTACTED', 'QUALIFIED', 'CONVERTED', 'DISQUALIFIED', 'MERGED')),
    constraint leads_merged_points_somewhere check (status <> 'MERGED' or merged_into is not null)
);
create index leads_owner_idx on leads (owner_id);
create index leads_email_key_idx on leads (email_key);
create index leads_phone_key_idx on leads (phone_key);
create index leads_name_city_key_idx on leads (name_city_key);

-- Round-robin assignment: one row per pool of reps, locked while the next rep is chosen, so two
-- concurrent new leads never take the same turn and the turn survives restarts.
create table lead_assignment_cursors (
    pool         varchar(64) primary key,
    last_rep_id  bigint
);
