-- Reservations as the cluster's reservations map writes them behind (upserts, in batches).
-- The seat ledgers in the cluster are the truth about who holds a seat; these rows let a
-- cluster restarted as a whole come back with its live holds, and keep a day of history.
create table reservations (
    id           varchar(64) primary key,
    show_id      bigint       not null,
    session_id   varchar(100) not null,
    seats        text[]       not null,
    ticket_types jsonb        not null default '{}'::jsonb,
    total_minor  bigint       not null,
    currency     char(3)      not null,
    status       varchar(16)  not null,
    created_at   timestamptz  not null,
    expires_at   timestamptz  not null,
    api_key_id   varchar(64),
    booking_id   varchar(64),
    updated_at   timestamptz  not null default now()
);

create index reservations_open_by_show on reservations (show_id)
    where status in ('RESERVED', 'PAYING');

create index reservations_by_update on reservations (updated_at);
