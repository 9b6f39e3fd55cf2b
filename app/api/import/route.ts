import { importUploadRoute } from "@/lib/server/api/import-upload";

export const dynamic = "force-dynamic";

/** A spreadsheet import's dry run: the file as the body; answers the report and the token that confirms it. */
export const POST = importUploadRoute.POST;
