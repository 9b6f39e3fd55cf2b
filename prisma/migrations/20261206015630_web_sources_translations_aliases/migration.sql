-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ActionPlan" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "titleKo" TEXT,
    "titleZh" TEXT,
    "summaryEn" TEXT,
    "summaryKo" TEXT,
    "summaryZh" TEXT,
    "startOn" TEXT,
    "startInferred" BOOLEAN NOT NULL DEFAULT false,
    "startReasoning" TEXT,
    "endOn" TEXT,
    "endInferred" BOOLEAN NOT NULL DEFAULT false,
    "endReasoning" TEXT,
    "sectorId" TEXT NOT NULL,
    "implementingBodyId" TEXT,
    "agreementId" TEXT,
    "parentId" TEXT,
    "archivedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "aliases" TEXT NOT NULL DEFAULT '',
    "translated" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ActionPlan_sectorId_fkey" FOREIGN KEY ("sectorId") REFERENCES "Sector" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ActionPlan_implementingBodyId_fkey" FOREIGN KEY ("implementingBodyId") REFERENCES "Ministry" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ActionPlan_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ActionPlan_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "ActionPlan" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_ActionPlan" ("agreementId", "archivedAt", "createdAt", "endInferred", "endOn", "endReasoning", "id", "implementingBodyId", "parentId", "sectorId", "slug", "startInferred", "startOn", "startReasoning", "summaryEn", "summaryKo", "summaryZh", "titleEn", "titleKo", "titleZh", "updatedAt", "version") SELECT "agreementId", "archivedAt", "createdAt", "endInferred", "endOn", "endReasoning", "id", "implementingBodyId", "parentId", "sectorId", "slug", "startInferred", "startOn", "startReasoning", "summaryEn", "summaryKo", "summaryZh", "titleEn", "titleKo", "titleZh", "updatedAt", "version" FROM "ActionPlan";
DROP TABLE "ActionPlan";
ALTER TABLE "new_ActionPlan" RENAME TO "ActionPlan";
CREATE UNIQUE INDEX "ActionPlan_slug_key" ON "ActionPlan"("slug");
CREATE INDEX "ActionPlan_sectorId_idx" ON "ActionPlan"("sectorId");
CREATE INDEX "ActionPlan_agreementId_idx" ON "ActionPlan"("agreementId");
CREATE INDEX "ActionPlan_implementingBodyId_idx" ON "ActionPlan"("implementingBodyId");
CREATE INDEX "ActionPlan_startOn_idx" ON "ActionPlan"("startOn");
CREATE INDEX "ActionPlan_endOn_idx" ON "ActionPlan"("endOn");
CREATE TABLE "new_Agreement" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "titleKo" TEXT,
    "titleZh" TEXT,
    "summaryEn" TEXT,
    "summaryKo" TEXT,
    "summaryZh" TEXT,
    "signedOn" TEXT,
    "signedInferred" BOOLEAN NOT NULL DEFAULT false,
    "signedReasoning" TEXT,
    "effectiveOn" TEXT,
    "effectiveInferred" BOOLEAN NOT NULL DEFAULT false,
    "effectiveReasoning" TEXT,
    "expiresOn" TEXT,
    "expiresInferred" BOOLEAN NOT NULL DEFAULT false,
    "expiresReasoning" TEXT,
    "previousId" TEXT,
    "relation" TEXT,
    "archivedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "aliases" TEXT NOT NULL DEFAULT '',
    "translated" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Agreement_previousId_fkey" FOREIGN KEY ("previousId") REFERENCES "Agreement" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Agreement" ("archivedAt", "createdAt", "effectiveInferred", "effectiveOn", "effectiveReasoning", "expiresInferred", "expiresOn", "expiresReasoning", "id", "kind", "previousId", "relation", "signedInferred", "signedOn", "signedReasoning", "slug", "status", "summaryEn", "summaryKo", "summaryZh", "titleEn", "titleKo", "titleZh", "updatedAt", "version") SELECT "archivedAt", "createdAt", "effectiveInferred", "effectiveOn", "effectiveReasoning", "expiresInferred", "expiresOn", "expiresReasoning", "id", "kind", "previousId", "relation", "signedInferred", "signedOn", "signedReasoning", "slug", "status", "summaryEn", "summaryKo", "summaryZh", "titleEn", "titleKo", "titleZh", "updatedAt", "version" FROM "Agreement";
DROP TABLE "Agreement";
ALTER TABLE "new_Agreement" RENAME TO "Agreement";
CREATE UNIQUE INDEX "Agreement_slug_key" ON "Agreement"("slug");
CREATE INDEX "Agreement_signedOn_titleEn_id_idx" ON "Agreement"("signedOn" DESC, "titleEn", "id");
CREATE INDEX "Agreement_signedOn_id_idx" ON "Agreement"("signedOn" DESC, "id");
CREATE INDEX "Agreement_status_idx" ON "Agreement"("status");
CREATE INDEX "Agreement_kind_idx" ON "Agreement"("kind");
CREATE INDEX "Agreement_previousId_idx" ON "Agreement"("previousId");
CREATE INDEX "Agreement_effectiveOn_idx" ON "Agreement"("effectiveOn");
CREATE INDEX "Agreement_expiresOn_idx" ON "Agreement"("expiresOn");
CREATE INDEX "Agreement_archivedAt_status_idx" ON "Agreement"("archivedAt", "status");
CREATE TABLE "new_Citation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sourceId" TEXT NOT NULL,
    "quote" TEXT,
    "locator" TEXT,
    "paraphrase" TEXT,
    "field" TEXT,
    "stance" TEXT NOT NULL DEFAULT 'supports',
    "claim" TEXT,
    "note" TEXT,
    "agreementId" TEXT,
    "ministryId" TEXT,
    "dialogueId" TEXT,
    "meetingId" TEXT,
    "planId" TEXT,
    "planItemId" TEXT,
    "eventId" TEXT,
    "personId" TEXT,
    "personRoleId" TEXT,
    "statusUpdateId" TEXT,
    "archivedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Citation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Citation_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_ministryId_fkey" FOREIGN KEY ("ministryId") REFERENCES "Ministry" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_dialogueId_fkey" FOREIGN KEY ("dialogueId") REFERENCES "Dialogue" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ActionPlan" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_planItemId_fkey" FOREIGN KEY ("planItemId") REFERENCES "PlanItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_personRoleId_fkey" FOREIGN KEY ("personRoleId") REFERENCES "PersonRole" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_statusUpdateId_fkey" FOREIGN KEY ("statusUpdateId") REFERENCES "StatusUpdate" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Citation" ("agreementId", "archivedAt", "claim", "createdAt", "dialogueId", "eventId", "field", "id", "meetingId", "ministryId", "note", "personId", "personRoleId", "planId", "planItemId", "quote", "sourceId", "stance", "statusUpdateId", "updatedAt", "version") SELECT "agreementId", "archivedAt", "claim", "createdAt", "dialogueId", "eventId", "field", "id", "meetingId", "ministryId", "note", "personId", "personRoleId", "planId", "planItemId", "quote", "sourceId", "stance", "statusUpdateId", "updatedAt", "version" FROM "Citation";
DROP TABLE "Citation";
ALTER TABLE "new_Citation" RENAME TO "Citation";
CREATE INDEX "Citation_sourceId_idx" ON "Citation"("sourceId");
CREATE INDEX "Citation_agreementId_idx" ON "Citation"("agreementId");
CREATE INDEX "Citation_ministryId_idx" ON "Citation"("ministryId");
CREATE INDEX "Citation_dialogueId_idx" ON "Citation"("dialogueId");
CREATE INDEX "Citation_meetingId_idx" ON "Citation"("meetingId");
CREATE INDEX "Citation_planId_idx" ON "Citation"("planId");
CREATE INDEX "Citation_planItemId_idx" ON "Citation"("planItemId");
CREATE INDEX "Citation_eventId_idx" ON "Citation"("eventId");
CREATE INDEX "Citation_personId_idx" ON "Citation"("personId");
CREATE INDEX "Citation_personRoleId_idx" ON "Citation"("personRoleId");
CREATE INDEX "Citation_statusUpdateId_idx" ON "Citation"("statusUpdateId");
CREATE TABLE "new_Dialogue" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameKo" TEXT,
    "nameZh" TEXT,
    "abbreviation" TEXT,
    "format" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "cadence" TEXT NOT NULL,
    "cadenceMonths" INTEGER,
    "sectorId" TEXT NOT NULL,
    "agreementId" TEXT,
    "summaryEn" TEXT,
    "summaryKo" TEXT,
    "summaryZh" TEXT,
    "archivedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "aliases" TEXT NOT NULL DEFAULT '',
    "translated" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Dialogue_sectorId_fkey" FOREIGN KEY ("sectorId") REFERENCES "Sector" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Dialogue_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Dialogue" ("abbreviation", "agreementId", "archivedAt", "cadence", "cadenceMonths", "createdAt", "format", "id", "level", "nameEn", "nameKo", "nameZh", "sectorId", "slug", "summaryEn", "summaryKo", "summaryZh", "updatedAt", "version") SELECT "abbreviation", "agreementId", "archivedAt", "cadence", "cadenceMonths", "createdAt", "format", "id", "level", "nameEn", "nameKo", "nameZh", "sectorId", "slug", "summaryEn", "summaryKo", "summaryZh", "updatedAt", "version" FROM "Dialogue";
DROP TABLE "Dialogue";
ALTER TABLE "new_Dialogue" RENAME TO "Dialogue";
CREATE UNIQUE INDEX "Dialogue_slug_key" ON "Dialogue"("slug");
CREATE INDEX "Dialogue_sectorId_idx" ON "Dialogue"("sectorId");
CREATE INDEX "Dialogue_agreementId_idx" ON "Dialogue"("agreementId");
CREATE TABLE "new_Event" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "titleKo" TEXT,
    "titleZh" TEXT,
    "summaryEn" TEXT,
    "summaryKo" TEXT,
    "summaryZh" TEXT,
    "startOn" TEXT,
    "startInferred" BOOLEAN NOT NULL DEFAULT false,
    "startReasoning" TEXT,
    "endOn" TEXT,
    "placeEn" TEXT,
    "placeKo" TEXT,
    "placeZh" TEXT,
    "timeZone" TEXT,
    "sectorId" TEXT,
    "agreementId" TEXT,
    "archivedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "aliases" TEXT NOT NULL DEFAULT '',
    "translated" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Event_sectorId_fkey" FOREIGN KEY ("sectorId") REFERENCES "Sector" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Event_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Event" ("agreementId", "archivedAt", "createdAt", "endOn", "id", "kind", "placeEn", "placeKo", "placeZh", "sectorId", "slug", "startInferred", "startOn", "startReasoning", "status", "summaryEn", "summaryKo", "summaryZh", "timeZone", "titleEn", "titleKo", "titleZh", "updatedAt", "version") SELECT "agreementId", "archivedAt", "createdAt", "endOn", "id", "kind", "placeEn", "placeKo", "placeZh", "sectorId", "slug", "startInferred", "startOn", "startReasoning", "status", "summaryEn", "summaryKo", "summaryZh", "timeZone", "titleEn", "titleKo", "titleZh", "updatedAt", "version" FROM "Event";
DROP TABLE "Event";
ALTER TABLE "new_Event" RENAME TO "Event";
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");
CREATE INDEX "Event_startOn_idx" ON "Event"("startOn");
CREATE INDEX "Event_sectorId_idx" ON "Event"("sectorId");
CREATE TABLE "new_Meeting" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "dialogueId" TEXT NOT NULL,
    "number" INTEGER,
    "status" TEXT NOT NULL,
    "heldOn" TEXT,
    "heldInferred" BOOLEAN NOT NULL DEFAULT false,
    "heldReasoning" TEXT,
    "placeEn" TEXT,
    "placeKo" TEXT,
    "placeZh" TEXT,
    "agendaEn" TEXT,
    "agendaKo" TEXT,
    "agendaZh" TEXT,
    "outcomesEn" TEXT,
    "outcomesKo" TEXT,
    "outcomesZh" TEXT,
    "archivedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "translated" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Meeting_dialogueId_fkey" FOREIGN KEY ("dialogueId") REFERENCES "Dialogue" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Meeting" ("agendaEn", "agendaKo", "agendaZh", "archivedAt", "createdAt", "dialogueId", "heldInferred", "heldOn", "heldReasoning", "id", "number", "outcomesEn", "outcomesKo", "outcomesZh", "placeEn", "placeKo", "placeZh", "slug", "status", "updatedAt", "version") SELECT "agendaEn", "agendaKo", "agendaZh", "archivedAt", "createdAt", "dialogueId", "heldInferred", "heldOn", "heldReasoning", "id", "number", "outcomesEn", "outcomesKo", "outcomesZh", "placeEn", "placeKo", "placeZh", "slug", "status", "updatedAt", "version" FROM "Meeting";
DROP TABLE "Meeting";
ALTER TABLE "new_Meeting" RENAME TO "Meeting";
CREATE UNIQUE INDEX "Meeting_slug_key" ON "Meeting"("slug");
CREATE INDEX "Meeting_dialogueId_idx" ON "Meeting"("dialogueId");
CREATE INDEX "Meeting_heldOn_idx" ON "Meeting"("heldOn");
CREATE TABLE "new_Ministry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "side" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameKo" TEXT,
    "nameZh" TEXT,
    "abbreviation" TEXT,
    "establishedOn" TEXT,
    "establishedInferred" BOOLEAN NOT NULL DEFAULT false,
    "establishedReasoning" TEXT,
    "endedOn" TEXT,
    "predecessorId" TEXT,
    "summaryEn" TEXT,
    "summaryKo" TEXT,
    "summaryZh" TEXT,
    "archivedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "aliases" TEXT NOT NULL DEFAULT '',
    "translated" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Ministry_predecessorId_fkey" FOREIGN KEY ("predecessorId") REFERENCES "Ministry" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Ministry" ("abbreviation", "archivedAt", "createdAt", "endedOn", "establishedInferred", "establishedOn", "establishedReasoning", "id", "kind", "nameEn", "nameKo", "nameZh", "predecessorId", "side", "slug", "summaryEn", "summaryKo", "summaryZh", "updatedAt", "version") SELECT "abbreviation", "archivedAt", "createdAt", "endedOn", "establishedInferred", "establishedOn", "establishedReasoning", "id", "kind", "nameEn", "nameKo", "nameZh", "predecessorId", "side", "slug", "summaryEn", "summaryKo", "summaryZh", "updatedAt", "version" FROM "Ministry";
DROP TABLE "Ministry";
ALTER TABLE "new_Ministry" RENAME TO "Ministry";
CREATE UNIQUE INDEX "Ministry_slug_key" ON "Ministry"("slug");
CREATE INDEX "Ministry_side_idx" ON "Ministry"("side");
CREATE TABLE "new_Person" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameKo" TEXT,
    "nameZh" TEXT,
    "archivedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "translated" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Person" ("archivedAt", "createdAt", "id", "nameEn", "nameKo", "nameZh", "slug", "updatedAt", "version") SELECT "archivedAt", "createdAt", "id", "nameEn", "nameKo", "nameZh", "slug", "updatedAt", "version" FROM "Person";
DROP TABLE "Person";
ALTER TABLE "new_Person" RENAME TO "Person";
CREATE UNIQUE INDEX "Person_slug_key" ON "Person"("slug");
CREATE TABLE "new_PersonRole" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "personId" TEXT NOT NULL,
    "ministryId" TEXT,
    "titleEn" TEXT NOT NULL,
    "titleKo" TEXT,
    "titleZh" TEXT,
    "startOn" TEXT,
    "endOn" TEXT,
    "asOf" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "translated" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PersonRole_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PersonRole_ministryId_fkey" FOREIGN KEY ("ministryId") REFERENCES "Ministry" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_PersonRole" ("asOf", "createdAt", "endOn", "id", "ministryId", "personId", "startOn", "titleEn", "titleKo", "titleZh", "updatedAt", "version") SELECT "asOf", "createdAt", "endOn", "id", "ministryId", "personId", "startOn", "titleEn", "titleKo", "titleZh", "updatedAt", "version" FROM "PersonRole";
DROP TABLE "PersonRole";
ALTER TABLE "new_PersonRole" RENAME TO "PersonRole";
CREATE INDEX "PersonRole_personId_idx" ON "PersonRole"("personId");
CREATE INDEX "PersonRole_ministryId_idx" ON "PersonRole"("ministryId");
CREATE TABLE "new_PlanItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "titleEn" TEXT NOT NULL,
    "titleKo" TEXT,
    "titleZh" TEXT,
    "responsibleBodyId" TEXT,
    "dueOn" TEXT,
    "dueInferred" BOOLEAN NOT NULL DEFAULT false,
    "dueReasoning" TEXT,
    "status" TEXT NOT NULL DEFAULT 'not_assessed',
    "progress" INTEGER,
    "statusAssessedOn" TEXT,
    "archivedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "translated" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PlanItem_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ActionPlan" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PlanItem_responsibleBodyId_fkey" FOREIGN KEY ("responsibleBodyId") REFERENCES "Ministry" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_PlanItem" ("archivedAt", "createdAt", "dueInferred", "dueOn", "dueReasoning", "id", "number", "planId", "progress", "responsibleBodyId", "slug", "status", "statusAssessedOn", "titleEn", "titleKo", "titleZh", "updatedAt", "version") SELECT "archivedAt", "createdAt", "dueInferred", "dueOn", "dueReasoning", "id", "number", "planId", "progress", "responsibleBodyId", "slug", "status", "statusAssessedOn", "titleEn", "titleKo", "titleZh", "updatedAt", "version" FROM "PlanItem";
DROP TABLE "PlanItem";
ALTER TABLE "new_PlanItem" RENAME TO "PlanItem";
CREATE UNIQUE INDEX "PlanItem_slug_key" ON "PlanItem"("slug");
CREATE INDEX "PlanItem_status_idx" ON "PlanItem"("status");
CREATE INDEX "PlanItem_responsibleBodyId_idx" ON "PlanItem"("responsibleBodyId");
CREATE INDEX "PlanItem_dueOn_idx" ON "PlanItem"("dueOn");
CREATE INDEX "PlanItem_statusAssessedOn_idx" ON "PlanItem"("statusAssessedOn");
CREATE INDEX "PlanItem_archivedAt_status_idx" ON "PlanItem"("archivedAt", "status");
CREATE UNIQUE INDEX "PlanItem_planId_number_key" ON "PlanItem"("planId", "number");
CREATE TABLE "new_Sector" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameKo" TEXT,
    "nameZh" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "translated" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Sector" ("createdAt", "id", "nameEn", "nameKo", "nameZh", "slug", "sortOrder", "updatedAt", "version") SELECT "createdAt", "id", "nameEn", "nameKo", "nameZh", "slug", "sortOrder", "updatedAt", "version" FROM "Sector";
DROP TABLE "Sector";
ALTER TABLE "new_Sector" RENAME TO "Sector";
CREATE UNIQUE INDEX "Sector_slug_key" ON "Sector"("slug");
CREATE TABLE "new_Source" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "fileName" TEXT,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "kind" TEXT NOT NULL,
    "trust" TEXT NOT NULL,
    "trustNote" TEXT NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'en',
    "publishedOn" TEXT,
    "publishedNote" TEXT,
    "url" TEXT,
    "foundOn" TEXT,
    "archivedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Source" ("archivedAt", "createdAt", "fileName", "id", "kind", "language", "publishedNote", "publishedOn", "publisher", "title", "trust", "trustNote", "updatedAt", "url", "version") SELECT "archivedAt", "createdAt", "fileName", "id", "kind", "language", "publishedNote", "publishedOn", "publisher", "title", "trust", "trustNote", "updatedAt", "url", "version" FROM "Source";
DROP TABLE "Source";
ALTER TABLE "new_Source" RENAME TO "Source";
CREATE UNIQUE INDEX "Source_fileName_key" ON "Source"("fileName");
CREATE TABLE "new_Topic" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameKo" TEXT,
    "nameZh" TEXT,
    "sectorId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "translated" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Topic_sectorId_fkey" FOREIGN KEY ("sectorId") REFERENCES "Sector" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Topic" ("createdAt", "id", "nameEn", "nameKo", "nameZh", "sectorId", "slug", "updatedAt", "version") SELECT "createdAt", "id", "nameEn", "nameKo", "nameZh", "sectorId", "slug", "updatedAt", "version" FROM "Topic";
DROP TABLE "Topic";
ALTER TABLE "new_Topic" RENAME TO "Topic";
CREATE UNIQUE INDEX "Topic_slug_key" ON "Topic"("slug");
CREATE INDEX "Topic_sectorId_idx" ON "Topic"("sectorId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
