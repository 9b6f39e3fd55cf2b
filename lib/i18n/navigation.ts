// Links and paths in the reader's language (lib/i18n/paths.ts says why these are our own).
export { Link, usePathname } from "./link";
export { getPathname } from "./paths";
