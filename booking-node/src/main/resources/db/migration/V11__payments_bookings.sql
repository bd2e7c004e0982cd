-- Payments, bookings and the demo payment terminal.
--
-- A payment intent is written before the terminal is asked, keyed by the client's idempotency
-- key, and moves PENDING -> AUTHORIZED -> BOOKED -> CAPTURED (-> REFUNDING -> REFUNDED), or ends
-- DECLINED, VOIDED or REFUSED. Recovery settles intents whose lease ran out.
create table payment_intents (
    idempotency_key  varchar(100) primary key,
    reservation_id   varchar(64)  not null,
    show_id          bigint,
    seats            varchar(2000),
    state            varchar(16)  not null,
    amount_minor     bigint,
    currency         char(3),
    card_last4       char(4)      not null,
    authorization_id varchar(64),
    booking_id       varchar(64),
    answer_code      varchar(32),
    answer_message   varchar(300),
    engine_told      boolean      not null default false,
    lease_until      timestamptz  not null,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    version          bigint       not null default 0
);

-- At most one payment attempt of a reservation is under way at a time: the attempt that holds
-- this slot is the only one that can have pinned the reservation.
create unique index payment_intents_one_attempt_per_reservation
    on payment_intents (reservation_id)
    where state in ('PENDING', 'AUTHORIZED', 'BOOKED');

create index payment_intents_unsettled
    on payment_intents (lease_until)
    where state in ('PENDING', 'AUTHORIZED', 'BOOKED', 'REFUNDING') or not engine_told;

create index payment_intents_by_reservation on payment_intents (reservation_id);

create table bookings (
    id              varchar(64)  primary key,
    reservation_id  varchar(64)  not null,
    show_id         bigint       not null,
    session_id      varchar(200),
    status          varchar(16)  not null,
    total_minor     bigint       not null,
    currency        char(3)      not null,
    payment_key     varchar(100) not null references payment_intents (idempotency_key),
    card_last4      char(4)      not null,
    created_at      timestamptz  not null,
    cancelled_at    timestamptz,
    version         bigint       not null default 0,
    constraint bookings_one_per_reservation unique (reservation_id)
);

create index bookings_by_show on bookings (show_id);

-- Every ticket ever issued, cancelled ones included.
create table tickets (
    code         varchar(40)  primary key,
    booking_id   varchar(64)  not null references bookings (id),
    show_id      bigint       not null,
    seat_label   varchar(16)  not null,
    ticket_type  varchar(16)  not null,
    price_minor  bigint       not null,
    currency     char(3)      not null
);

create index tickets_by_booking on tickets (booking_id);

-- The last line against selling a seat twice, across crashes and a split cluster: a seat of a
-- show has at most one claim. A cancelled booking's claims are deleted.
create table booked_seats (
    show_id     bigint       not null,
    seat_label  varchar(16)  not null,
    booking_id  varchar(64)  not null references bookings (id),
    booked_at   timestamptz  not null,
    constraint booked_seats_one_booking_per_seat primary key (show_id, seat_label)
);

create index booked_seats_by_booking on booked_seats (booking_id);

-- What the demo payment terminal did, so that operators and tests can see who was charged.
-- Only the last four digits of a card are kept.
create table terminal_operations (
    id                bigserial    primary key,
    authorization_id  varchar(64)  not null,
    reference         varchar(100) not null,
    operation         varchar(16)  not null,
    amount_minor      bigint       not null,
    currency          char(3)      not null,
    card_last4        char(4)      not null,
    reason            varchar(300),
    done_at           timestamptz  not null
);

-- An authorization is captured, voided and refunded at most once each.
create unique index terminal_operations_once
    on terminal_operations (authorization_id, operation)
    where operation in ('CAPTURE', 'VOID', 'REFUND');

create index terminal_operations_by_reference on terminal_operations (reference);
