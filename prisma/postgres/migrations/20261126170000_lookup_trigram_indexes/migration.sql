-- Hand-written (the schema describes neither extensions nor expression indexes):
-- trigram indexes for the staff forms' name lookup (lib/search/lookup.ts).
--
-- Each indexes one expression, the record's names in every language and its slug
-- (and abbreviation), joined by U+001F (which a lookup refuses, so no match spans
-- two names) and lower-cased under the C collation (ASCII letters only, as SQLite's
-- lower() does, whatever the database's own locale). lookupRecords queries
-- `<the same expression> LIKE '%text%'`, which a gin_trgm_ops index answers for
-- patterns of three characters or more; shorter ones are scanned, with the same
-- result. The schema diff does not describe expression indexes, so these are no drift.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX "Agreement_lookup_trgm_idx" ON "Agreement" USING GIN (
    lower((coalesce("titleEn", '') || E'\x1F' || coalesce("titleKo", '') || E'\x1F' || coalesce("titleZh", '') || E'\x1F' || "slug") COLLATE "C") gin_trgm_ops
);

CREATE INDEX "ActionPlan_lookup_trgm_idx" ON "ActionPlan" USING GIN (
    lower((coalesce("titleEn", '') || E'\x1F' || coalesce("titleKo", '') || E'\x1F' || coalesce("titleZh", '') || E'\x1F' || "slug") COLLATE "C") gin_trgm_ops
);

CREATE INDEX "Ministry_lookup_trgm_idx" ON "Ministry" USING GIN (
    lower((coalesce("nameEn", '') || E'\x1F' || coalesce("nameKo", '') || E'\x1F' || coalesce("nameZh", '') || E'\x1F' || coalesce("abbreviation", '') || E'\x1F' || "slug") COLLATE "C") gin_trgm_ops
);
