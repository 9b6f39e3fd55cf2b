/** The source files' names, as citations name them (see sources.ts for what each is). */

/** News brief (secondary). */
export const S000 = "000_9da6033c4844ace2.txt";
/** Sponsored article (low trust). */
export const S001 = "001_3a4fe0115c18827c.txt";
/** Blog repost (low trust). */
export const S002 = "002_8c09274a2ac46a9a.txt";
/** Ministry of Environment press release, December 2023 (primary). */
export const S003 = "003_03d1d20f8815058e.txt";
/** Ministry of Climate, Energy and Environment press release, 29 May 2026 (primary). */
export const S004 = "004_23e739b1b59501f4.txt";
