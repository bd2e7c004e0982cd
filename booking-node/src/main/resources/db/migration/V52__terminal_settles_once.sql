-- An authorization is settled once: captured or voided, never both. The index says so itself,
-- so a capture or a void is one insert that a concurrent other one cannot slip past.
create unique index terminal_operations_settled_once
    on terminal_operations (authorization_id)
    where operation in ('CAPTURE', 'VOID');
