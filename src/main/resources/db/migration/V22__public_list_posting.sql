-- Where a public list was posted (niêm yết) and from which day: the day its posting period is counted
-- from. Lists published before this migration have neither: their posting started on opens_on, and
-- only this application's public page is known as their place.
ALTER TABLE public_list ADD COLUMN posting_places VARCHAR(1000);
ALTER TABLE public_list ADD COLUMN posted_from DATE;
