-- API tokens (V120-V129 reserved for tokens): a person's or integration's named credential for the
-- JSON API, sent as "Authorization: Bearer fct_...". Only the SHA-256 of the secret is kept (the
-- secret is 256 random bits, so a fast hash is enough and a database reader cannot use a token).
-- roles is a subset of the owner's roles when made; the owner's current roles still bound it at use.
-- A token is usable while revoked_at is null, expires_at (if any) is ahead and its owner is active.
create table api_tokens (
    id            bigserial primary key,
    user_id       bigint       not null references users (id) on delete cascade,
    name          varchar(100) not null,
    secret_hash   varchar(64)  not null unique,
    hint          varchar(8)   not null,
    roles         varchar(200) not null,
    created_at    timestamptz  not null default now(),
    created_by    bigint       references users (id),
    expires_at    timestamptz,
    revoked_at    timestamptz,
    revoked_by    bigint       references users (id),
    last_used_at  timestamptz
);
create index api_tokens_user_idx on api_tokens (user_id);
