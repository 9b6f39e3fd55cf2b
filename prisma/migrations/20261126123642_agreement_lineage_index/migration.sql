-- CreateIndex
CREATE INDEX "Agreement_previousId_idx" ON "Agreement"("previousId");
