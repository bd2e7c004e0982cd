-- Folding a title on every row of a search (one per show) made sorting by name slow on a large
-- catalog: keep the folded title, genre and language in stored generated columns instead, so
-- they are folded once per movie, indexed, and sorted without calling unaccent().

alter table movies
    add column title_folded text generated always as (search_fold(title)) stored,
    add column genre_folded text generated always as (search_fold(genre)) stored,
    add column language_folded text generated always as (search_fold(language)) stored;

drop index movies_title_folded_trgm;
drop index movies_genre_folded;
drop index movies_language_folded;

create index movies_title_folded_trgm on movies using gin (title_folded gin_trgm_ops);
create index movies_genre_folded on movies (genre_folded);
create index movies_language_folded on movies (language_folded);
create index movies_title_order on movies (title_folded, title, id);
