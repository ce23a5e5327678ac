-- Territory rebalancing: what the solver needs beyond the CRM's territories and accounts, and the
-- record of every applied proposal.

-- The rep working a territory: home (where their travel starts) and capacity in visit hours per
-- planning period (a quarter by default; forecourt.territory.period names it).
create table territory_profiles (
    territory_id    bigint primary key references territories (id) on delete cascade,
    home_latitude   double precision not null check (home_latitude between -90 and 90),
    home_longitude  double precision not null check (home_longitude between -180 and 180),
    capacity_hours  double precision not null check (capacity_hours > 0),
    version         integer not null default 0
);

-- How much an account asks of its rep (visits per period, minutes per visit), what it may bring
-- (revenue potential per year) and whether the planner pinned it to its territory. Accounts without
-- a row get the defaults of forecourt.territory.* (visit planning reads the same figures).
create table account_profiles (
    account_id         bigint primary key references accounts (id) on delete cascade,
    visits_per_period  integer not null default 1 check (visits_per_period >= 0),
    visit_minutes      integer not null default 60 check (visit_minutes > 0),
    revenue_potential  numeric(14, 2) not null default 0 check (revenue_potential >= 0),
    territory_pinned   boolean not null default false,
    version            integer not null default 0
);

-- An applied rebalancing proposal: who applied which job's result, and every account it moved.
create table territory_rebalances (
    id            bigserial primary key,
    job_id        varchar(36) not null unique,
    applied_by    bigint not null references users (id),
    applied_at    timestamptz not null default now(),
    score         varchar(80) not null,
    moved_count   integer not null
);

create table territory_rebalance_moves (
    rebalance_id       bigint not null references territory_rebalances (id) on delete cascade,
    account_id         bigint not null references accounts (id) on delete cascade,
    from_territory_id  bigint references territories (id),
    to_territory_id    bigint not null references territories (id),
    from_owner_id      bigint references users (id),
    to_owner_id        bigint references users (id),
    primary key (rebalance_id, account_id)
);
