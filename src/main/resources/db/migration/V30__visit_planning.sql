-- Visit planning: when reps work, when customers open, and the visits the planner places on rep-days.
-- A rep's home and an account's visit frequency and duration are the territory tables' (territory_profiles,
-- account_profiles); visit planning reads them and falls back to forecourt.visits.* defaults.

-- A rep who takes part in visit planning: at most this many visits a day.
create table visit_rep_schedules (
    rep_id              bigint primary key references users (id) on delete cascade,
    max_visits_per_day  integer not null default 6 check (max_visits_per_day between 1 and 30),
    version             integer not null default 0
);

-- Working hours per ISO weekday (1 = Monday); a weekday without a row is not worked.
create table visit_working_hours (
    rep_id   bigint not null references visit_rep_schedules (rep_id) on delete cascade,
    weekday  smallint not null check (weekday between 1 and 7),
    starts   time not null,
    ends     time not null check (ends > starts),
    primary key (rep_id, weekday)
);

-- Days a rep does not work: holidays, or "falls ill" (added on the day; re-planning moves the visits).
create table visit_days_off (
    rep_id      bigint not null references users (id) on delete cascade,
    day         date not null,
    reason      varchar(200) not null,
    created_at  timestamptz not null default now(),
    primary key (rep_id, day)
);

-- When a customer receives visits: one or more periods per ISO weekday. None recorded = the defaults.
create table account_opening_hours (
    account_id  bigint not null references accounts (id) on delete cascade,
    weekday     smallint not null check (weekday between 1 and 7),
    opens       time not null,
    closes      time not null check (closes > opens),
    primary key (account_id, weekday, opens)
);

-- A visit to make: due from the account's visit frequency or requested, then planned on a rep's day,
-- confirmed, started, done or cancelled. activity_id is the CRM activity it was published as.
create table visits (
    id                bigserial primary key,
    account_id        bigint not null references accounts (id) on delete cascade,
    source            varchar(16) not null check (source in ('DUE', 'REQUESTED')),
    status            varchar(16) not null check (status in ('PROPOSED', 'PLANNED', 'CONFIRMED', 'STARTED', 'DONE', 'CANCELLED')),
    duration_minutes  integer not null check (duration_minutes between 5 and 600),
    priority          integer not null check (priority between 1 and 10),
    requested_from    date,
    requested_to      date,
    notes             varchar(500),
    requested_by      bigint references users (id),
    rep_id            bigint references users (id),
    planned_day       date,
    planned_order     integer,
    planned_start     timestamptz,
    planned_end       timestamptz,
    activity_id       bigint references activities (id) on delete set null,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    version           integer not null default 0,
    constraint visits_requested_window check (requested_to is null or requested_from is null or requested_to >= requested_from),
    constraint visits_planned_has_rep check (status in ('PROPOSED', 'CANCELLED') or (rep_id is not null and planned_day is not null))
);
create index visits_open_idx on visits (status, planned_day);
create index visits_account_idx on visits (account_id);
create index visits_rep_day_idx on visits (rep_id, planned_day);

-- Every applied plan: which solve, for which days, who applied it and its score.
create table visit_plans (
    id            bigserial primary key,
    job_id        varchar(36) not null unique,
    horizon_from  date not null,
    horizon_to    date not null,
    applied_by    bigint not null references users (id),
    applied_at    timestamptz not null default now(),
    score         varchar(80) not null,
    planned       integer not null,
    unplanned     integer not null
);
