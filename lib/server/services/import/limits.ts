import "server-only";

/**
 * What one import may hold, checked while the file is read (./parse-worker.mjs) so a
 * reading stops at the limit. The upload route refuses a larger body before reading
 * it through (lib/server/api/import-upload.ts).
 */
export const IMPORT_LIMITS = {
  /** The file as uploaded. */
  maxBytes: 2 * 1024 * 1024,
  /** Data rows (the header, notes and blank rows do not count). */
  maxRows: 5000,
  /**
   * An XLSX is a zip of XML: what its entries add up to once inflated. 5,000 rows of
   * the longest texts a sheet takes stay well below; a 144 KB workbook that inflates
   * to 49 MB does not.
   */
  maxInflatedBytes: 24 * 1024 * 1024,
};

export const MAX_IMPORT_BYTES = IMPORT_LIMITS.maxBytes;
export const MAX_IMPORT_ROWS = IMPORT_LIMITS.maxRows;

/** How long an uploaded file waits for its import after the dry run. */
export const UPLOAD_TTL_MS = 30 * 60 * 1000;
