-- Hand-written (search_doc is made outside Prisma's model, lib/server/search/pg-tables.ts).
--
-- Plan items, fifty thousand on the scale database, get GIN indexes of their own, as
-- agreements did (20261207200000), and the shared ones keep the seven smaller kinds.
-- A search names its kind, and /search asks every kind: with items in the shared
-- index, a plan or event search read the items' matches out of it and intersected
-- them with the kind index ("carbon market" for plans: the GIN look-up 4.6 ms of 5.8,
-- for 8,463 matches of which 173 were plans). Apart, all nine kinds' searches took a
-- median 17.5 ms instead of 28.1 (docs/search-profile.md). SQLite's FTS5 index made
-- the same split (lib/server/search/fts.ts).
CREATE INDEX "search_doc_item_document_idx" ON "search_doc" USING GIN ("document") WHERE "kind" = 'item';
CREATE INDEX "search_doc_item_title_idx" ON "search_doc" USING GIN ("title") WHERE "kind" = 'item';
DROP INDEX "search_doc_document_idx";
CREATE INDEX "search_doc_document_idx" ON "search_doc" USING GIN ("document") WHERE "kind" <> 'agreement' AND "kind" <> 'item';
DROP INDEX "search_doc_title_idx";
CREATE INDEX "search_doc_title_idx" ON "search_doc" USING GIN ("title") WHERE "kind" <> 'agreement' AND "kind" <> 'item';
