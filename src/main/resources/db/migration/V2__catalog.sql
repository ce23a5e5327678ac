-- The product catalogue: one row per car model. The whole model (groups, options, variant tables) is
-- one JSONB document, validated by the application before it is stored; code and name are copied
-- out for look-ups and lists. version is for optimistic locking.
create table products (
    id          bigserial    primary key,
    code        varchar(64)  not null unique,
    name        varchar(200) not null,
    document    jsonb        not null,
    version     integer      not null default 0,
    updated_at  timestamptz  not null default now(),
    constraint products_document_matches check (document ->> 'code' = code and document ->> 'name' = name)
);
