-- API keys: only a SHA-256 hash of each key is stored; the key itself is shown once.
-- A key without a quota or a seat cap has none (the demo key, unless given one).

create table api_keys (
    id                   text primary key,
    key_hash             char(64) not null,
    name                 text not null,
    owner                text not null,
    requests_per_minute  integer check (requests_per_minute > 0),
    seat_cap             integer check (seat_cap > 0),
    created_at           timestamptz not null,
    revoked_at           timestamptz,
    version              integer not null default 0,
    constraint api_keys_hash unique (key_hash)
);
