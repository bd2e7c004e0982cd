-- A keyword names movies, not shows: the search first finds the few movies it names (through
-- the indexes of V31) and then asks for the shows on sale of just those movies, by movie id.

-- The shows on sale of a list of movies, in the order of their start: answers a keyword
-- search's count from the index alone, and its page when the movies have few shows.
create index shows_scheduled_movie_starts on shows (movie_id, starts_at, id)
    where status = 'SCHEDULED';
