-- Hand-written (the schema describes neither triggers nor search indexes), the
-- PostgreSQL side of prisma/migrations/*_audit_append_only and of lib/search/fts.ts.

-- The audit log is append-only: once written, an entry can be neither changed nor
-- removed, whoever connects to the database (the app, a script, psql).
CREATE FUNCTION "AuditEntry_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'AuditEntry is append-only';
END;
$$;

-- CreateTrigger
CREATE TRIGGER "AuditEntry_no_update"
BEFORE UPDATE ON "AuditEntry"
FOR EACH ROW EXECUTE FUNCTION "AuditEntry_append_only"();

-- CreateTrigger
CREATE TRIGGER "AuditEntry_no_delete"
BEFORE DELETE ON "AuditEntry"
FOR EACH ROW EXECUTE FUNCTION "AuditEntry_append_only"();

-- CreateTrigger
CREATE TRIGGER "AuditEntry_no_truncate"
BEFORE TRUNCATE ON "AuditEntry"
FOR EACH STATEMENT EXECUTE FUNCTION "AuditEntry_append_only"();

-- The search index (lib/search/pg.ts): one row per record, its text already split
-- by lib/search/tokenize.ts (words, and Han/Hangul characters and bigrams) into a
-- weighted tsvector (title A, body B), behind a GIN index. Listed as an external
-- table (lib/search/pg-tables.ts), so the schema diff leaves it alone.
CREATE TABLE "search_doc" (
    "kind" TEXT NOT NULL,
    "record_id" TEXT NOT NULL,
    "document" TSVECTOR NOT NULL,
    CONSTRAINT "search_doc_pkey" PRIMARY KEY ("kind", "record_id")
);

CREATE INDEX "search_doc_document_idx" ON "search_doc" USING GIN ("document");
