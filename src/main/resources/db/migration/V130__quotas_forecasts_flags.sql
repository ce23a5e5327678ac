-- Targets, forecasts and the control loop (the forecast feature owns V130-V139).

-- A standard for one rep, team or territory in one period (a month "2026-11" or a quarter "2026-Q4")
-- on one metric. team_id is the team the subject belongs to when the quota is set: managers set and
-- read the quotas of their team(s).
create table quotas (
    id          bigserial primary key,
    scope       varchar(16) not null,
    subject_id  bigint not null,
    team_id     bigint references teams (id),
    period      varchar(7) not null,
    metric      varchar(20) not null,
    target      numeric(14, 2) not null,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    version     integer not null default 0,
    constraint quotas_scope check (scope in ('REP', 'TEAM', 'TERRITORY')),
    constraint quotas_metric check (metric in ('REVENUE', 'UNITS', 'CALLS', 'VISITS', 'NEW_LEADS', 'QUOTES_SENT',
                                               'SELLING_HOURS')),
    constraint quotas_period check (period ~ '^[0-9]{4}-(0[1-9]|1[0-2]|Q[1-4])$'),
    constraint quotas_target check (target >= 0),
    unique (scope, subject_id, period, metric)
);
create index quotas_team_period_idx on quotas (team_id, period);

-- Every change of a quota: who, when, old -> new (old is null when it was set), why.
create table quota_changes (
    id          bigserial primary key,
    quota_id    bigint not null references quotas (id) on delete cascade,
    changed_by  bigint not null references users (id),
    changed_at  timestamptz not null default now(),
    old_target  numeric(14, 2),
    new_target  numeric(14, 2) not null,
    reason      varchar(1000)
);
create index quota_changes_quota_idx on quota_changes (quota_id, id);

-- A rep's override of an opportunity's forecast category (the default follows the stage).
create table forecast_categories (
    opportunity_id  bigint primary key references opportunities (id) on delete cascade,
    category        varchar(16) not null,
    note            varchar(1000),
    changed_by      bigint not null references users (id),
    changed_at      timestamptz not null default now(),
    version         integer not null default 0,
    constraint forecast_categories_category check (category in ('PIPELINE', 'BEST_CASE', 'COMMIT', 'CLOSED', 'OMITTED'))
);

-- Forecast figures as submitted by a rep (kind SUBMITTED, scope REP) or adjusted by a manager
-- (kind ADJUSTED, scope REP or TEAM). Rows are never changed: the newest per (kind, scope, subject,
-- period) is the current figure, the others are its history.
create table forecast_entries (
    id               bigserial primary key,
    kind             varchar(16) not null,
    scope            varchar(16) not null,
    subject_id       bigint not null,
    team_id          bigint references teams (id),
    period           varchar(7) not null,
    commit_amount    numeric(14, 2) not null,
    best_case_amount numeric(14, 2) not null,
    note             varchar(1000),
    entered_by       bigint not null references users (id),
    entered_at       timestamptz not null default now(),
    constraint forecast_entries_kind check (kind in ('SUBMITTED', 'ADJUSTED')),
    constraint forecast_entries_scope check (scope in ('REP', 'TEAM')),
    constraint forecast_entries_amounts check (commit_amount >= 0 and best_case_amount >= 0)
);
create index forecast_entries_subject_idx on forecast_entries (scope, subject_id, period, kind, id);

-- Flags raised by re-evaluating the standards. At most one open flag per (rule, rep, subject_key):
-- the partial unique index is what INSERT ... ON CONFLICT keys on, so two replicas re-evaluating at
-- once never duplicate a flag. A cleared flag keeps its row (cleared_at set) as history.
create table flags (
    id            bigserial primary key,
    rule          varchar(40) not null,
    rep_id        bigint not null references users (id),
    team_id       bigint references teams (id),
    subject_key   varchar(80) not null,
    message       varchar(1000) not null,
    evidence      varchar(4000) not null,
    raised_at     timestamptz not null default now(),
    evaluated_at  timestamptz not null default now(),
    cleared_at    timestamptz
);
create unique index flags_open_key on flags (rule, rep_id, subject_key) where cleared_at is null;
create index flags_rep_idx on flags (rep_id, cleared_at);

-- What a manager did about a flag (or a rep), tracked to closure, with its effect on the metric.
create table corrective_actions (
    id               bigserial primary key,
    flag_id          bigint references flags (id),
    rep_id           bigint not null references users (id),
    team_id          bigint references teams (id),
    kind             varchar(24) not null,
    owner_id         bigint not null references users (id),
    due_on           date not null,
    follow_up_on     date,
    note             varchar(2000),
    link             varchar(300),
    status           varchar(16) not null default 'OPEN',
    metric           varchar(20) not null,
    period           varchar(7) not null,
    metric_at_action numeric(14, 2),
    metric_next_end  numeric(14, 2),
    created_by       bigint not null references users (id),
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    closed_at        timestamptz,
    closing_note     varchar(2000),
    version          integer not null default 0,
    constraint corrective_actions_kind check (kind in ('COACHING', 'REASSIGN_ACCOUNTS', 'ADJUST_QUOTA', 'PLAN_VISITS')),
    constraint corrective_actions_status check (status in ('OPEN', 'DONE', 'CANCELLED'))
);
create index corrective_actions_rep_idx on corrective_actions (rep_id, status);
