-- Hand-written, as 20261126170000_lookup_trigram_indexes: trigram indexes for the
-- name lookup of plan items (50,000 on the scale database) and events, which a
-- citation's "record it backs" field looks up as the editor types. Each indexes
-- exactly the expression lib/search/lookup.ts queries (names in every language and
-- the slug, joined by U+001F, lower-cased under the C collation).
CREATE INDEX "PlanItem_lookup_trgm_idx" ON "PlanItem" USING GIN (
    lower((coalesce("titleEn", '') || E'\x1F' || coalesce("titleKo", '') || E'\x1F' || coalesce("titleZh", '') || E'\x1F' || "slug") COLLATE "C") gin_trgm_ops
);

CREATE INDEX "Event_lookup_trgm_idx" ON "Event" USING GIN (
    lower((coalesce("titleEn", '') || E'\x1F' || coalesce("titleKo", '') || E'\x1F' || coalesce("titleZh", '') || E'\x1F' || "slug") COLLATE "C") gin_trgm_ops
);
