-- Hand-written (search_doc is made outside Prisma's model, lib/search/pg-tables.ts),
-- so that lib/search/pg.ts can choose and rank matches as lib/search/fts.ts does:
--
-- seq: the order in which records were indexed, as SQLite's FTS5 rowid gives it. A
--   record is indexed again on every edit (deleted and inserted), so the newest
--   entries are the records created or edited last. At most the newest
--   RANKED_CANDIDATES matches of a query are ranked, so that neither database ranks
--   ten thousand documents for a common term, and both choose the same ones.
-- title: the title's lexemes alone (weight A of document), behind a GIN index of its
--   own, for FTS5's `{title} : (…)`. A weight-labelled tsquery on document would make
--   PostgreSQL recheck every document that has the word anywhere.
ALTER TABLE "search_doc" ADD COLUMN "seq" BIGSERIAL;
ALTER TABLE "search_doc" ADD COLUMN "title" TSVECTOR;
UPDATE "search_doc" SET "title" = ts_filter("document", '{a}');
ALTER TABLE "search_doc" ALTER COLUMN "title" SET NOT NULL;
CREATE INDEX "search_doc_title_idx" ON "search_doc" USING GIN ("title");
-- For a common term the newest matches are found walking this index backwards and
-- stop at RANKED_CANDIDATES + 1 (each row's document is checked, about a thousand);
-- for a rare one the GIN index is cheaper, and the planner takes that.
CREATE INDEX "search_doc_kind_seq_idx" ON "search_doc" ("kind", "seq");
