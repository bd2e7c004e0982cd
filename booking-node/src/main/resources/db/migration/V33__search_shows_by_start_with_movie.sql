-- Walking the shows on sale by start (the default order) tests each show against a keyword's
-- movies; with the movie id in the index, that test needs no visit to the table. Many shows
-- start at the same time, and the first page has to look at every show of the first time.
drop index shows_scheduled_starts;
create index shows_scheduled_starts on shows (starts_at, id) include (movie_id)
    where status = 'SCHEDULED';
