-- SearchMovies: accent- and case-insensitive keyword matching, spelling suggestions and
-- distance filters, each with an index so that a large catalog stays fast.

create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- unaccent() is only STABLE, because its dictionary could be changed; an index needs an
-- IMMUTABLE function, so this one names the dictionary itself. Lower case after unaccent.
create or replace function search_fold(text) returns text
    language sql immutable parallel safe strict
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

-- "amelie" finds "Amélie": a title contains the folded keyword (LIKE '%...%' uses trigrams).
create index movies_title_folded_trgm on movies using gin (search_fold(title) gin_trgm_ops);
create index movies_genre_folded on movies (search_fold(genre));
create index movies_language_folded on movies (search_fold(language));

-- The bounding box around a position is searched before the exact great-circle distance.
create index cinemas_position on cinemas (latitude, longitude);
create index cinemas_city on cinemas (city_id);

-- Shows on sale in a time window, found by their start.
create index shows_scheduled_starts on shows (starts_at, id) where status = 'SCHEDULED';
create index shows_hall_starts on shows (hall_id, starts_at);
