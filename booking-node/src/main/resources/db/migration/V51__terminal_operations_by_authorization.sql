-- A capture or void first locks its authorization's AUTHORIZE row, and every refund reads what
-- was done to it: both look an authorization up by its id, which no index served, so each one
-- scanned the whole journal and grew slower with every payment taken.
create index terminal_operations_by_authorization
    on terminal_operations (authorization_id);
