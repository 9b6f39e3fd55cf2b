/** A page number from a query (`?page=3`): a whole number from 1 (up to 100,000), else 1. */
export function pageParam(raw: string | string[] | undefined): number {
  const value = Number(Array.isArray(raw) ? raw[0] : raw);
  return Number.isInteger(value) && value >= 1 && value <= 100_000 ? value : 1;
}
