-- Users sign in with a bcrypt-hashed password; roles are a comma-separated subset of
-- customer, rep, manager, planner, admin. Teams group reps under one manager.
create table teams (
    id          bigserial primary key,
    name        varchar(100) not null unique,
    manager_id  bigint,
    version     integer not null default 0
);

create table users (
    id             bigserial primary key,
    username       varchar(64)  not null unique,
    password_hash  varchar(100) not null,
    roles          varchar(200) not null,
    display_name   varchar(120) not null,
    email          varchar(200),
    team_id        bigint references teams (id),
    active         boolean      not null default true,
    created_at     timestamptz  not null default now(),
    version        integer      not null default 0,
    constraint users_username_lower_case check (username = lower(username)),
    constraint users_roles_known check (roles ~ '^(customer|rep|manager|planner|admin)(,(customer|rep|manager|planner|admin))*$')
);

alter table teams add constraint teams_manager_fk foreign key (manager_id) references users (id);
create index users_team_idx on users (team_id);
