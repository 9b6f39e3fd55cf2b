-- AlterTable
ALTER TABLE "ActionPlan" ADD COLUMN     "aliases" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "translated" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "aliases" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "translated" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Citation" ADD COLUMN     "locator" TEXT,
ADD COLUMN     "paraphrase" TEXT,
ALTER COLUMN "quote" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Dialogue" ADD COLUMN     "aliases" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "translated" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "aliases" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "translated" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "translated" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Ministry" ADD COLUMN     "aliases" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "translated" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "translated" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "PersonRole" ADD COLUMN     "translated" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "PlanItem" ADD COLUMN     "translated" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Sector" ADD COLUMN     "translated" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "foundOn" TEXT,
ALTER COLUMN "fileName" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Topic" ADD COLUMN     "translated" TEXT NOT NULL DEFAULT '';
