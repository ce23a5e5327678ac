-- The contact log: every call, visit, e-mail and meeting with an account, planned or done.
-- The duplicate-effort guard reads (account_id, purpose); call lists read (owner_id, planned_at)
-- and (owner_id, follow_up_on).
create table activities (
    id                      bigserial primary key,
    account_id              bigint not null references accounts (id) on delete cascade,
    type                    varchar(16) not null,
    purpose                 varchar(40) not null,
    department              varchar(16) not null,
    planned_at              timestamptz,
    done_at                 timestamptz,
    outcome                 varchar(32),
    notes                   varchar(4000),
    duration_minutes        integer,
    follow_up_on            date,
    owner_id                bigint not null references users (id),
    override_reason         varchar(500),
    overridden_by           bigint references users (id),
    overridden_activity_id  bigint references activities (id) on delete set null,
    created_at              timestamptz not null default now(),
    updated_at              timestamptz not null default now(),
    version                 integer not null default 0,
    constraint activities_type check (type in ('CALL', 'VISIT', 'EMAIL', 'MEETING')),
    constraint activities_department check (department in ('SALES', 'SERVICE', 'FINANCE')),
    constraint activities_planned_or_done check (planned_at is not null or done_at is not null),
    constraint activities_duration check (duration_minutes is null or duration_minutes between 0 and 1440),
    constraint activities_override_has_reason check (overridden_by is null or override_reason is not null)
);
create index activities_account_purpose_idx on activities (account_id, purpose);
create index activities_owner_planned_idx on activities (owner_id, planned_at);
create index activities_owner_follow_up_idx on activities (owner_id, follow_up_on);
