-- Opportunities: a chance to sell on an account, moving through stages, with every move on record.
-- probability is null while the stage's configured default applies. Lists read (account_id) and
-- boards read (owner_id, stage).
create table opportunities (
    id                   bigserial primary key,
    account_id           bigint not null references accounts (id) on delete cascade,
    name                 varchar(200) not null,
    stage                varchar(16) not null,
    probability          integer,
    amount               numeric(14, 2) not null,
    currency             varchar(3) not null,
    expected_close_date  date not null,
    owner_id             bigint not null references users (id),
    lost_reason          varchar(500),
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now(),
    version              integer not null default 0,
    constraint opportunities_stage check (stage in ('PROSPECTING', 'QUALIFICATION', 'PROPOSAL', 'NEGOTIATION',
                                                   'CLOSED_WON', 'CLOSED_LOST')),
    constraint opportunities_probability check (probability is null or probability between 0 and 100),
    constraint opportunities_amount check (amount >= 0),
    constraint opportunities_lost_has_reason check (stage <> 'CLOSED_LOST' or lost_reason is not null)
);
create index opportunities_account_idx on opportunities (account_id);
create index opportunities_owner_stage_idx on opportunities (owner_id, stage);

-- Every stage an opportunity entered: from_stage is null for the stage it was created in.
create table opportunity_stage_changes (
    id              bigserial primary key,
    opportunity_id  bigint not null references opportunities (id) on delete cascade,
    from_stage      varchar(16),
    to_stage        varchar(16) not null,
    changed_by      bigint not null references users (id),
    changed_at      timestamptz not null default now(),
    note            varchar(1000)
);
create index opportunity_stage_changes_opportunity_idx on opportunity_stage_changes (opportunity_id, changed_at);
