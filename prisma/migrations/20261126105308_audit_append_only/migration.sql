-- The audit log is append-only: once written, an entry can be neither changed nor
-- removed, whoever connects to the database (the app, a script, the sqlite3 shell).
-- Prisma's schema does not describe triggers, so they live only in this migration
-- and do not show up in the schema diff.

-- CreateTrigger
CREATE TRIGGER "AuditEntry_no_update"
BEFORE UPDATE ON "AuditEntry"
BEGIN
    SELECT RAISE(ABORT, 'AuditEntry is append-only');
END;

-- CreateTrigger
CREATE TRIGGER "AuditEntry_no_delete"
BEFORE DELETE ON "AuditEntry"
BEGIN
    SELECT RAISE(ABORT, 'AuditEntry is append-only');
END;
