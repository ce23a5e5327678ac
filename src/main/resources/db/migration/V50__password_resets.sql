-- One-time password links an admin makes for a user (a new user's first password, or a reset).
-- Only the SHA-256 of the token is kept, so a database reader cannot use a link; a link works once
-- (used_at) and until expires_at. Making a new link for a user retires the older unused ones.
create table password_resets (
    id          bigserial primary key,
    user_id     bigint      not null references users (id) on delete cascade,
    token_hash  varchar(64) not null unique,
    created_by  bigint      references users (id),
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    used_at     timestamptz
);
create index password_resets_user_idx on password_resets (user_id);
