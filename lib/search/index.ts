/** Search behind one interface: callers import from "@/lib/search" only. */
export { ensureSearchIndex, indexAgreements, type SearchHit, type SearchKind, searchRecords } from "./fts";
export { highlight, type Segment } from "./highlight";
export { MAX_QUERY_LENGTH, parseQuery } from "./tokenize";
