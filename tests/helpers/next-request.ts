/**
 * What Next.js gives a server action or route handler during a request, for the
 * integration tests that call them directly: the request's headers (the session
 * cookie of whoever is calling), a cookie store, and the app's database client
 * (lib/server/db/client.ts) pointed at the test's database. Vitest hoists `vi.mock` to the top of
 * each test file, so every such file says, before anything that imports the app:
 *
 *   vi.mock("next/headers", async () => (await import("../helpers/next-request")).nextHeaders);
 *   vi.mock("@/lib/server/db/client", async () => (await import("../helpers/next-request")).appDb);
 *
 * and sets `request.headers` and `request.db` in its setup (this module is the same
 * instance in the test file and in the mocks).
 */
export const request = { headers: new Headers(), db: null as unknown };

/** Stands for next/headers. */
export const nextHeaders = {
  headers: async () => request.headers,
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => {}, delete: () => {}, has: () => false }),
};

/** Stands for lib/server/db/client.ts. */
export const appDb = {
  get db() {
    return request.db;
  },
};
