-- DropIndex
DROP INDEX "Agreement_signedOn_idx";

-- DropIndex
DROP INDEX "StatusUpdate_assessedOn_idx";

-- CreateIndex
CREATE INDEX "ActionPlan_startOn_idx" ON "ActionPlan"("startOn");

-- CreateIndex
CREATE INDEX "ActionPlan_endOn_idx" ON "ActionPlan"("endOn");

-- CreateIndex
CREATE INDEX "Agreement_signedOn_titleEn_id_idx" ON "Agreement"("signedOn" DESC, "titleEn", "id");

-- CreateIndex
CREATE INDEX "Agreement_signedOn_id_idx" ON "Agreement"("signedOn" DESC, "id");

-- CreateIndex
CREATE INDEX "Agreement_effectiveOn_idx" ON "Agreement"("effectiveOn");

-- CreateIndex
CREATE INDEX "Agreement_expiresOn_idx" ON "Agreement"("expiresOn");

-- CreateIndex
CREATE INDEX "Agreement_archivedAt_status_idx" ON "Agreement"("archivedAt", "status");

-- CreateIndex
CREATE INDEX "PlanItem_dueOn_idx" ON "PlanItem"("dueOn");

-- CreateIndex
CREATE INDEX "PlanItem_statusAssessedOn_idx" ON "PlanItem"("statusAssessedOn");

-- CreateIndex
CREATE INDEX "PlanItem_archivedAt_status_idx" ON "PlanItem"("archivedAt", "status");

-- CreateIndex
CREATE INDEX "StatusUpdate_assessedOn_createdAt_idx" ON "StatusUpdate"("assessedOn", "createdAt");
