-- The baseline: what a team without Boxoffice would build. Every seat of every show is a row;
-- a hold claims the rows under a row lock and writes an expiry time on them; a seat whose
-- hold has expired counts as free again, without any sweeper.
create table if not exists bl_shows (
    id            bigint primary key,
    price_minor   bigint not null,
    currency      char(3) not null
);

create table if not exists bl_seats (
    show_id          bigint not null,
    seat_label       text not null,
    row_name         text not null,
    seat_number      integer not null,
    status           text not null default 'FREE',
    hold_id          text,
    hold_expires_at  timestamptz,
    booking_id       text,
    primary key (show_id, seat_label)
);

create table if not exists bl_holds (
    id           text primary key,
    show_id      bigint not null,
    session_id   text not null,
    seats        text[] not null,
    status       text not null,
    expires_at   timestamptz not null,
    total_minor  bigint not null
);

create table if not exists bl_bookings (
    id               text primary key,
    hold_id          text not null unique,
    show_id          bigint not null,
    idempotency_key  text not null unique,
    seats            text[] not null,
    total_minor      bigint not null,
    created_at       timestamptz not null default now()
);
