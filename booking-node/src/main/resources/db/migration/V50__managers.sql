-- Cinema managers who sign in to the managers' API. Only a salted PBKDF2 hash of each password
-- is stored, written as algorithm$iterations$salt$hash so that stronger settings can follow.

create table managers (
    id             text primary key,
    name           text not null,
    password_hash  text not null,
    created_at     timestamptz not null,
    version        integer not null default 0,
    constraint managers_name unique (name)
);
