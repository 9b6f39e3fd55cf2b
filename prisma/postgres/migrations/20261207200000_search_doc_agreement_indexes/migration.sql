-- Hand-written (search_doc is made outside Prisma's model, lib/server/search/pg-tables.ts).
--
-- Agreements, the records readers search most (/agreements), get GIN indexes of their
-- own, and the shared ones keep the other kinds. A search always names its kind, so
-- an agreement search reads an index of agreements alone instead of intersecting the
-- matches of every kind with the kind index: for a term found in every agreement
-- ("cooperation", 10,000 matches of 65,300 rows on the scale database) that
-- intersection cost about 1 ms of 9 (docs/search-profile.md).
CREATE INDEX "search_doc_agreement_document_idx" ON "search_doc" USING GIN ("document") WHERE "kind" = 'agreement';
CREATE INDEX "search_doc_agreement_title_idx" ON "search_doc" USING GIN ("title") WHERE "kind" = 'agreement';
DROP INDEX "search_doc_document_idx";
CREATE INDEX "search_doc_document_idx" ON "search_doc" USING GIN ("document") WHERE "kind" <> 'agreement';
DROP INDEX "search_doc_title_idx";
CREATE INDEX "search_doc_title_idx" ON "search_doc" USING GIN ("title") WHERE "kind" <> 'agreement';
