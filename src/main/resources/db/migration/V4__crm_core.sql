-- CRM core: territories, accounts and their contacts. Every account has an owner rep; scoping
-- (a rep sees their own accounts or those of their territory, a manager their team's) reads these.
create table territories (
    id          bigserial primary key,
    code        varchar(32)  not null unique,
    name        varchar(120) not null,
    rep_id      bigint references users (id),
    team_id     bigint references teams (id),
    version     integer not null default 0
);

create table accounts (
    id            bigserial primary key,
    name          varchar(200) not null,
    kind          varchar(16)  not null,
    status        varchar(16)  not null,
    street        varchar(200),
    postal_code   varchar(20),
    city          varchar(120),
    country       varchar(2),
    latitude      double precision,
    longitude     double precision,
    phone         varchar(40),
    email         varchar(200),
    owner_id      bigint not null references users (id),
    territory_id  bigint references territories (id),
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    version       integer not null default 0,
    constraint accounts_kind check (kind in ('COMPANY', 'PERSON')),
    constraint accounts_status check (status in ('PROSPECT', 'ACTIVE', 'INACTIVE')),
    constraint accounts_latitude check (latitude is null or latitude between -90 and 90),
    constraint accounts_longitude check (longitude is null or longitude between -180 and 180)
);
create index accounts_owner_idx on accounts (owner_id);
create index accounts_territory_idx on accounts (territory_id);
create index accounts_name_idx on accounts (lower(name));

create table contacts (
    id           bigserial primary key,
    account_id   bigint not null references accounts (id) on delete cascade,
    first_name   varchar(80),
    last_name    varchar(80) not null,
    job_title    varchar(120),
    email        varchar(200),
    phone        varchar(40),
    is_primary   boolean not null default false,
    created_at   timestamptz not null default now(),
    version      integer not null default 0
);
create index contacts_account_idx on contacts (account_id);
