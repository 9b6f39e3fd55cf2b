-- The orders agreements are listed in (issue 8): /agreements (newest signed first,
-- undated last, then English title) and the JSON API (then id). With these SQLite
-- reads one page off an index instead of sorting every agreement. Replaces the index
-- on signedOn alone, which both still serve for year ranges.

-- DropIndex
DROP INDEX "Agreement_signedOn_idx";

-- CreateIndex
CREATE INDEX "Agreement_signedOn_titleEn_id_idx" ON "Agreement"("signedOn" DESC, "titleEn", "id");

-- CreateIndex
CREATE INDEX "Agreement_signedOn_id_idx" ON "Agreement"("signedOn" DESC, "id");
