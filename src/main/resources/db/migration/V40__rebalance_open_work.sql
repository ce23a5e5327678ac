-- What a rebalancing did with the open work (planned activities, open opportunities and quotes) of the
-- reps who lost an account: handed to the new owner, or kept by the old one (forecourt.territory.open-work).
create table territory_rebalance_open_work (
    rebalance_id   bigint not null references territory_rebalances (id) on delete cascade,
    position       integer not null,
    account_id     bigint not null references accounts (id) on delete cascade,
    kind           varchar(20) not null,
    record_id      bigint not null,
    text           varchar(400) not null,
    from_owner_id  bigint not null references users (id),
    to_owner_id    bigint not null references users (id),
    handed_over    boolean not null,
    primary key (rebalance_id, position)
);

alter table territory_rebalances add column open_work_rule varchar(20) not null default 'hand-over';
