/**
 * Property-based tests (fast-check): generated bad input thrown at every mutation in
 * tests/helpers/action-registry.ts and every route handler under app/api, on a real seeded
 * database with real sessions. Every case must be refused (an error state or a 4xx,
 * never a throw or a 5xx) and leave the database exactly as it was.
 *
 * Each generated input breaks at least one field for certain (a wrong version, an
 * unknown id or entity, a value outside a closed vocabulary, a malformed body…);
 * the other fields get anything at all (wrong types, huge strings, control
 * characters, lone surrogates, markup, Korean and Chinese), so a case can never be
 * valid by accident and every assertion can fail.
 */
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { EditableEntitySchema } from "@/lib/schemas/record-edit";
import { BODY_KINDS, SIDES } from "@/lib/schemas/vocab";
import { createAuth } from "@/lib/server/auth/config";
import { ROLES } from "@/lib/server/auth/roles";
import { signInWithPassword } from "@/lib/server/auth/sign-in";
import { type Db, databaseProvider } from "@/lib/server/db/prisma";
import { archiveRecord } from "@/lib/server/services/edit-record";
import { createUser } from "@/lib/server/services/manage-users";
import { createSeededDb, type TestDb } from "../helpers/db";
import { eventEditFields, statusFormFields } from "../helpers/factories";
import { request } from "../helpers/next-request";
import { routeFiles } from "../route-files";

const SECRET = "property-test-secret-0123456789abcdefghij";
process.env.BETTER_AUTH_SECRET = SECRET;

vi.mock("next/headers", async () => (await import("../helpers/next-request")).nextHeaders);
vi.mock("@/lib/server/db/client", async () => (await import("../helpers/next-request")).appDb);

/** Cases per property; PROPERTY_RUNS=500 for a longer hunt than the test command's. */
const RUNS = Number(process.env.PROPERTY_RUNS) || 30;
/** A property's time limit, longer for a longer hunt (PostgreSQL's fingerprint is the slow part). */
const TIMEOUT = 60_000 * Math.max(1, RUNS / 30);
const PASSWORD = "property password 1234";
let t: TestDb;
let registry: typeof import("@/tests/helpers/action-registry");
const cookie = new Map<"editor" | "admin", string>();

beforeAll(async () => {
  t = await createSeededDb();
  request.db = t.db;
  process.env.DATABASE_URL = t.url;
  const auth = createAuth(t.db, { secret: SECRET });
  for (const role of ["editor", "admin"] as const) {
    const email = `${role}@property.test`;
    await createUser(t.db, { userId: null, label: "test" }, { email, role, password: PASSWORD, name: `P ${role}` });
    const signed = await signInWithPassword(t.db, auth, { email, password: PASSWORD }, null);
    if (!signed.ok) throw new Error(`could not sign in ${role}`);
    cookie.set(role, signed.headers.get("set-cookie")?.split(";")[0] ?? "");
  }
  // One archived event, so restore has a real target.
  const open = await t.db.event.findFirstOrThrow({ where: { archivedAt: null }, orderBy: { slug: "desc" } });
  await archiveRecord(
    t.db,
    { userId: null, label: "test" },
    { entity: "Event", id: open.id, expectedVersion: open.version },
  );
  registry = await import("@/tests/helpers/action-registry");
}, 60_000);
afterAll(() => t.cleanup());

// ---------------------------------------------------------------- the database's fingerprint

/**
 * Row counts of every table, the newest `updatedAt` where a table has one, and the
 * sum of versions: any write shows. Sign-in throttling rows are left out where a
 * failed sign-in is meant to count.
 */
async function fingerprint(db: Db, except: string[] = []): Promise<Record<string, string>> {
  const postgres = databaseProvider(db) === "postgresql";
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(
    postgres
      ? "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"
      : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' ORDER BY name",
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    if (except.includes(name)) continue;
    const columns = await db.$queryRawUnsafe<{ name: string }[]>(
      postgres
        ? "SELECT column_name AS name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1"
        : "SELECT name FROM pragma_table_info(?)",
      name,
    );
    const has = (c: string) => columns.some((x) => x.name === c);
    const parts = [
      "count(*) AS n",
      has("updatedAt") ? 'max("updatedAt") AS u' : "NULL AS u",
      has("version") ? 'sum("version") AS v' : "NULL AS v",
    ];
    const [row] = await db.$queryRawUnsafe<{ n: bigint | number; u: unknown; v: unknown }[]>(
      `SELECT ${parts.join(", ")} FROM "${name}"`,
    );
    out[name] = `${row?.n}|${String(row?.u)}|${String(row?.v)}`;
  }
  return out;
}

// ---------------------------------------------------------------- generators

/** Strings nobody should send: control characters, lone surrogates, markup, SQL, huge, CJK. */
const nasty = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ maxLength: 20 }),
  fc
    .array(fc.integer({ min: 0, max: 0x1f }), { minLength: 1, maxLength: 10 })
    .map((codes) => String.fromCharCode(...codes, 0x7f)),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "\uD800",
    "a\uDC00b",
    "\uFEFF",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "'; DROP TABLE PlanItem; --",
    "javascript:alert(1)",
    "NaN",
    "Infinity",
    "-1",
    "1e309",
    "null",
    "undefined",
    "[object Object]",
    "미세먼지 저감 회의",
    "清洁空气行动计划",
    "x".repeat(70_000),
    "가".repeat(5_000),
  ),
);

/** A FormData value of the wrong kind: a file where text is expected. */
const fileValue = fc.constantFrom(new File(["x"], "x.txt"), new File([], ""));

/** Anything a form field could be given. */
const formValue = fc.oneof({ weight: 4, arbitrary: nasty }, { weight: 1, arbitrary: fileValue });

/** A version that is never the record's: stale, ahead, zero, negative, fractional or not a number. */
const wrongVersion = (current: number) =>
  fc
    .oneof(
      fc.integer({ min: -5, max: 1000 }).map(String),
      fc.constantFrom("0", "-1", "1.5", "abc", "", " ", "1e3", "0x1", "0b10", "Infinity", "\uD800"),
      nasty,
    )
    // "0x1" and " 1 " are the number 1 to a form: not wrong when the version is 1.
    .filter((s) => Number(s) !== current);

/** Not one of the given values (after trimming, as forms do). */
const notOneOf = (values: readonly string[]) => nasty.filter((s) => !values.includes(s.trim()));

const EDITABLE_ENTITIES = EditableEntitySchema.options;

/** An email that belongs to no account (the property accounts end in @property.test). */
const notAccount = nasty.filter((s) => !s.trim().toLowerCase().endsWith("@property.test"));

/** A string that is no record's id (ids are cuids). */
const unknownId = nasty.filter((s) => !/^c[a-z0-9]{20,}$/.test(s.trim()));

function form(values: Record<string, string | File>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
}

/**
 * A form that is bad for certain: the base fields, each possibly replaced with
 * anything, some possibly removed, junk fields added, and one `breaker` field
 * given a value that can never be accepted.
 */
function badForm(base: Record<string, string>, breakers: Record<string, fc.Arbitrary<string>>) {
  const keys = Object.keys(base);
  return fc
    .record({
      replace: fc.dictionary(fc.constantFrom(...keys), formValue, { maxKeys: keys.length }),
      drop: fc.subarray(keys, { maxLength: Math.min(2, keys.length) }),
      extra: fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), nasty, { maxKeys: 2 }),
      breaker: fc.oneof(...Object.entries(breakers).map(([k, arb]) => arb.map((v) => [k, v] as const))),
    })
    .map(({ replace, drop, extra, breaker }) => {
      const values: Record<string, string | File> = { ...extra, ...base, ...replace };
      for (const k of drop) delete values[k];
      values[breaker[0]] = breaker[1];
      return form(values);
    });
}

// ---------------------------------------------------------------- server actions

type Run = (prev: unknown, formData: FormData) => Promise<unknown>;

/** The refusal kinds a form state may carry; anything else (or "ok") is a failed property. */
function isRefusal(result: unknown): boolean {
  if (typeof result !== "object" || result === null) return false;
  const r = result as { status?: string; kind?: string; report?: { committed?: boolean } };
  if (r.status === "error") return typeof r.kind === "string";
  // A spreadsheet import answers with a report; a refused one did not commit.
  if (r.status === "report") return r.report?.committed !== true;
  return false;
}

async function expectRefusedUnchanged(
  run: Run,
  data: FormData,
  role: "editor" | "admin",
  except: string[] = [],
): Promise<void> {
  request.headers = new Headers({ cookie: cookie.get(role) ?? "" });
  const before = await fingerprint(t.db, except);
  let result: unknown;
  try {
    result = await run({ status: "idle" }, data);
  } catch (error) {
    throw new Error(`threw instead of refusing: ${String(error)}`);
  }
  if (!isRefusal(result)) throw new Error(`not refused: ${JSON.stringify(result).slice(0, 300)}`);
  expect(await fingerprint(t.db, except)).toEqual(before);
}

type Mutations = typeof import("@/tests/helpers/action-registry")["MUTATIONS"];

type ActionName = { [K in keyof Mutations]: Mutations[K]["kind"] extends "action" ? K : never }[keyof Mutations];

/** An event a form can edit: the first open one (the archived one is the last). */
const openEvent = () => t.db.event.findFirstOrThrow({ where: { archivedAt: null }, orderBy: { slug: "asc" } });

/**
 * A form each form action would accept as it stands (the save it describes is valid):
 * the property cases break it at random, the NUL test one field at a time.
 */
const VALID_FORMS: Record<
  Exclude<ActionName, "signOutAction" | "signInAction" | "importSheetAction">,
  () => Promise<Record<string, string>>
> = {
  updateItemStatusAction: async () => {
    const item = await t.db.planItem.findFirstOrThrow({ where: { plan: { slug: "clear-sky-plan" }, number: 2 } });
    const source = await t.db.source.findFirstOrThrow({ orderBy: { id: "asc" } });
    return {
      ...statusFormFields(item, "property"),
      evidenceUrl: "https://example.org/statement",
      evidenceSourceId: source.id,
    };
  },
  updateRecordAction: async () => eventEditFields(await openEvent()),
  archiveRecordAction: async () => {
    const event = await openEvent();
    return { entity: "Event", id: event.id, expectedVersion: String(event.version), note: "duplicate" };
  },
  restoreRecordAction: async () => {
    const event = await t.db.event.findFirstOrThrow({ where: { archivedAt: { not: null } } });
    return { entity: "Event", id: event.id, expectedVersion: String(event.version), note: "restored" };
  },
  createRecordAction: async () => ({
    entity: "Ministry",
    side: "KR",
    kind: "ministry",
    nameEn: "Ministry of Property Tests",
    nameKo: "부처",
    note: "new body",
  }),
  createUserAction: async () => ({ email: "new.person@property.test", name: "New Person", role: "viewer" }),
  setUserRoleAction: async () => ({ email: "editor@property.test", role: "viewer" }),
  setUserDisabledAction: async () => ({ email: "editor@property.test", disabled: "true" }),
  resetPasswordAction: async () => ({ email: "editor@property.test" }),
};

/** A citation a staff member could add (createRecordAction with entity Citation). */
async function validCitationForm(): Promise<Record<string, string>> {
  const source = await t.db.source.findFirstOrThrow({ orderBy: { id: "asc" } });
  const agreement = await t.db.agreement.findFirstOrThrow({ where: { archivedAt: null }, orderBy: { slug: "asc" } });
  return {
    entity: "Citation",
    sourceId: source.id,
    record: `agreementId:${agreement.id}`,
    quote: "Both sides agreed to cooperate.",
    field: "titleEn",
    stance: "supports",
    claim: "The agreement exists",
    citationNote: "checked",
  };
}

/** What certainly breaks an edit, archive or restore form: the entity, the id or the version. */
const recordBreakers = (base: Record<string, string>) => ({
  entity: notOneOf(EDITABLE_ENTITIES),
  id: unknownId,
  expectedVersion: wrongVersion(Number(base.expectedVersion)),
});

/** For each action, how to make certainly-bad input, and the least role that reaches its validation. */
const ACTION_CASES: Record<
  Exclude<ActionName, "signOutAction">,
  { role: "editor" | "admin"; except?: string[]; input: () => Promise<fc.Arbitrary<FormData>> }
> = {
  signInAction: {
    role: "editor",
    // A failed sign-in is counted (SignInThrottle); nothing else may change.
    except: ["SignInThrottle"],
    input: async () =>
      fc
        .record({
          email: fc.oneof(
            nasty,
            fc.emailAddress().map((e) => `nobody.${e}`),
          ),
          password: formValue,
          next: nasty,
        })
        .map((v) => form(v)),
  },
  updateItemStatusAction: {
    role: "editor",
    input: async () => {
      const base = await VALID_FORMS.updateItemStatusAction();
      return badForm(base, {
        expectedVersion: wrongVersion(Number(base.expectedVersion)),
        planItemId: unknownId,
        status: notOneOf(["not_started", "in_progress", "completed", "delayed", "discontinued", "not_assessed"]),
        basis: notOneOf(["official", "news", "staff"]),
        assessedOn: nasty.filter((s) => !/^\s*\d{4}(-\d{2}(-\d{2})?)?\s*$/.test(s)),
      });
    },
  },
  updateRecordAction: {
    role: "editor",
    input: async () => {
      const base = await VALID_FORMS.updateRecordAction();
      return badForm(base, recordBreakers(base));
    },
  },
  archiveRecordAction: {
    role: "editor",
    input: async () => {
      const base = await VALID_FORMS.archiveRecordAction();
      return badForm(base, recordBreakers(base));
    },
  },
  restoreRecordAction: {
    role: "admin",
    input: async () => {
      const base = await VALID_FORMS.restoreRecordAction();
      return badForm(base, recordBreakers(base));
    },
  },
  createRecordAction: {
    role: "editor",
    input: async () =>
      badForm(await VALID_FORMS.createRecordAction(), {
        entity: notOneOf(EDITABLE_ENTITIES),
        side: notOneOf(SIDES),
        kind: notOneOf(BODY_KINDS),
        nameEn: fc.oneof(fc.constant(""), fc.constant(" \t "), fc.string({ minLength: 301, maxLength: 400 })),
      }),
  },
  createUserAction: {
    role: "admin",
    input: async () =>
      badForm(await VALID_FORMS.createUserAction(), {
        email: nasty.filter((s) => !s.includes("@")),
        role: notOneOf(ROLES),
      }),
  },
  setUserRoleAction: {
    role: "admin",
    input: async () => badForm(await VALID_FORMS.setUserRoleAction(), { email: notAccount, role: notOneOf(ROLES) }),
  },
  setUserDisabledAction: {
    role: "admin",
    input: async () =>
      badForm(await VALID_FORMS.setUserDisabledAction(), {
        email: notAccount,
        disabled: notOneOf(["true", "false"]),
      }),
  },
  resetPasswordAction: {
    role: "admin",
    input: async () => badForm(await VALID_FORMS.resetPasswordAction(), { email: notAccount }),
  },
  // The import confirms a dry run's token: anything else (a made-up, malformed or
  // missing token, a NUL, a file sent again) is refused and writes nothing.
  importSheetAction: {
    role: "editor",
    input: async () =>
      fc
        .record({
          token: fc.oneof(
            nasty,
            fc.string({ unit: fc.constantFrom(..."ABCxyz019_-"), minLength: 43, maxLength: 43 }),
            fc.constant(undefined),
          ),
          locale: fc.oneof(fc.constantFrom("en", "ko", "zh"), nasty),
          file: fc.oneof(
            fc.constant(undefined),
            nasty.map((s) => new File([s], "junk.csv", { type: "text/csv" })),
          ),
        })
        .map(({ token, locale, file }) => {
          const data = new FormData();
          if (token !== undefined) data.set("token", token);
          data.set("locale", locale);
          if (file) data.set("file", file);
          return data;
        }),
  },
};

describe("every server action refuses generated bad input and changes nothing", () => {
  it("covers every action in the registry", () => {
    const actions = Object.entries(registry.MUTATIONS)
      .filter(([, m]) => m.kind === "action")
      .map(([name]) => name);
    expect([...Object.keys(ACTION_CASES), "signOutAction"].sort()).toEqual(actions.sort());
  });

  for (const [name, spec] of Object.entries(ACTION_CASES)) {
    it(`${name} (as ${spec.role})`, { timeout: TIMEOUT }, async () => {
      const run = registry.MUTATIONS[name as ActionName].run as unknown as Run;
      const roles: ("editor" | "admin")[] = spec.role === "admin" ? ["admin"] : ["editor", "admin"];
      await fc.assert(
        fc.asyncProperty(await spec.input(), fc.constantFrom(...roles), (data, role) =>
          expectRefusedUnchanged(run, data, role, spec.except),
        ),
        { numRuns: RUNS },
      );
    });
  }

  /**
   * PostgreSQL refuses a NUL in text outright, so a NUL that passed validation would be
   * a 500 there (and a stored NUL on SQLite). Each field of a valid form gets one, in
   * turn: the refusal must name that field, and only that field.
   */
  const nulForms = { ...VALID_FORMS, createCitation: validCitationForm };
  for (const [name, valid] of Object.entries(nulForms)) {
    it(`${name}: a NUL in any one field is refused by that field's name`, { timeout: 60_000 }, async () => {
      const action = (name === "createCitation" ? "createRecordAction" : name) as ActionName;
      const run = registry.MUTATIONS[action].run as unknown as Run;
      const role = ACTION_CASES[action as keyof typeof ACTION_CASES].role;
      const base = await valid();
      for (const field of Object.keys(base)) {
        for (const value of [`${base[field]}\u0000`, `\u0000${base[field]}`]) {
          request.headers = new Headers({ cookie: cookie.get(role) ?? "" });
          const before = await fingerprint(t.db);
          const result = (await run({ status: "idle" }, form({ ...base, [field]: value }))) as {
            status: string;
            fieldErrors?: Record<string, unknown>;
          };
          expect(result.status, `${name} ${field}`).toBe("error");
          expect(Object.keys(result.fieldErrors ?? {}), `${name} ${field}`).toEqual([field]);
          expect(await fingerprint(t.db)).toEqual(before);
        }
      }
    });
  }

  it("signOutAction with a forged or garbage cookie ends no one's session and throws nothing but its redirect", {
    timeout: TIMEOUT,
  }, async () => {
    const run = registry.MUTATIONS.signOutAction.run as unknown as () => Promise<unknown>;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          nasty.map((s) => `better-auth.session_token=${segment(s)}`),
          fc.constant(`${cookie.get("editor")?.slice(0, -4)}AAAA`),
        ),
        async (forged) => {
          request.headers = new Headers({ cookie: forged });
          const before = await fingerprint(t.db);
          await run().catch((error: unknown) => {
            if (!/NEXT_REDIRECT/.test(`${String(error)} ${String((error as { digest?: unknown }).digest)}`))
              throw error;
          });
          expect(await fingerprint(t.db)).toEqual(before);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

// ---------------------------------------------------------------- route handlers

type Handler = (request: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response> | Response;
type RouteModule = Partial<Record<"GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE" | "OPTIONS", Handler>>;

/** One query parameter, encoded as a client would (a lone surrogate becomes U+FFFD, as URLSearchParams does). */
const param = (k: string, v: string) => new URLSearchParams([[k, v]]).toString();

/** A query string certainly wrong for a read endpoint: an unknown parameter, or a bad limit or cursor. */
const badQuery = fc.oneof(
  fc.tuple(fc.string({ minLength: 1, maxLength: 20 }), nasty).map(([k, v]) => param(`x-${k}`, v)),
  // An empty value means "not given" (as a form sends it); anything else must be a whole number 1–200.
  nasty
    .filter((s) => s !== "" && !(Number.isInteger(Number(s)) && Number(s) >= 1 && Number(s) <= 200))
    .map((s) => param("limit", s)),
  nasty.filter((s) => s !== "").map((s) => param("cursor", s)),
  // Already encoded: invalid UTF-8, NUL, overlong forms.
  fc.constantFrom(
    "limit=0",
    "limit=-1",
    "limit=1e9",
    "limit=201",
    "limit=%FF",
    "cursor=not-a-cursor",
    "cursor=%00",
    "cursor=%ED%A0%80",
    "cursor=%C0%AF",
    "cursor=eyJ4IjoxfQ",
    "%ED%A0%80=1",
  ),
);

/** A path segment; lone surrogates cannot be percent-encoded, so they go as the bytes a client would send. */
function segment(s: string) {
  try {
    return encodeURIComponent(s);
  } catch {
    return "%ED%A0%80";
  }
}

describe("every route handler under app/api answers generated bad input with a 4xx", () => {
  it("the GET handlers: bad query parameters and unknown keys", { timeout: TIMEOUT }, async () => {
    const files = await routeFiles("app/api");
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const mod = (await import(/* @vite-ignore */ path.resolve(file))) as RouteModule;
      const get = mod.GET;
      if (!get) continue;
      const url = `http://test/${path.dirname(file).replace(/^app\//, "")}`;
      await fc.assert(
        fc.asyncProperty(
          badQuery,
          unknownId.map((s) => s || "x"),
          async (query, key) => {
            const target = url.replace("[key]", segment(key));
            const res = await get(new Request(`${target}?${query}`), {
              params: Promise.resolve({ key }),
            });
            // /api only redirects to /open-data; openapi.json takes no parameters and ignores them;
            // /api/session ignores them too and, with no cookie, names nobody.
            if (file === "app/api/route.ts") expect(res.status).toBe(308);
            else if (file.endsWith("openapi.json/route.ts")) expect(res.status).toBe(200);
            else if (file === "app/api/session/route.ts") {
              expect(res.status).toBe(200);
              expect(await res.json()).toEqual({ user: null });
            } else if (res.status < 400 || res.status >= 500)
              throw new Error(`${file} ?${query} key=${JSON.stringify(key)} answered ${res.status}`);
          },
        ),
        { numRuns: Math.ceil(RUNS / 3) },
      );
    }
  });

  it("a NUL in a free-text parameter is refused with a 400 naming it (PostgreSQL cannot compare NUL)", async () => {
    const cases = [
      { file: "app/api/v1/agreements/route.ts", url: "http://test/api/v1/agreements", field: "q" },
      { file: "app/api/v1/citations/route.ts", url: "http://test/api/v1/citations", field: "source" },
      { file: "app/export/[file]/route.ts", url: "http://test/export/agreements.csv", field: "q" },
    ];
    for (const { file, url, field } of cases) {
      const get = ((await import(/* @vite-ignore */ path.resolve(file))) as RouteModule).GET as Handler;
      for (const value of ["%00", "cooperation%00", "%00%ED%95%9C"]) {
        const res = await get(new Request(`${url}?${field}=${value}`), {
          params: Promise.resolve({ file: "agreements.csv" }),
        });
        expect(res.status, `${file} ${field}=${value}`).toBe(400);
        const body = (await res.json()) as { problems: { field: string; message: string }[] };
        expect(body.problems).toEqual([{ field, message: "must not contain a NUL character" }]);
      }
    }
  });

  it("only the registered route writes; the read-only ones export no write methods (Next answers 405)", async () => {
    const writing: string[] = [];
    for (const file of await routeFiles("app/api")) {
      const mod = (await import(/* @vite-ignore */ path.resolve(file))) as RouteModule;
      if (mod.POST || mod.PUT || mod.PATCH || mod.DELETE) writing.push(file);
    }
    const routes = Object.values(registry.MUTATIONS as Record<string, { kind: string; module: string }>)
      .filter((m) => m.kind === "route")
      .map((m) => m.module);
    expect(writing.sort()).toEqual(routes.sort());
  });

  it("POST /api/v1/items/{slug}/status: bad bodies, types, versions, media types and origins", {
    timeout: TIMEOUT,
  }, async () => {
    const route = (await import("@/app/api/v1/items/[key]/status/route")) as unknown as RouteModule;
    const post = route.POST as Handler;
    const item = await t.db.planItem.findFirstOrThrow({ where: { plan: { slug: "clear-sky-plan" }, number: 1 } });
    const valid = {
      expectedVersion: item.version,
      status: "in_progress",
      progress: 20,
      assessedOn: "2026-11-20",
      basis: "staff",
      note: "property",
    };
    const jsonAny = fc.oneof(fc.jsonValue({ maxDepth: 2 }), nasty, fc.constant(null));
    const body = fc.oneof(
      // Raw bytes that are not JSON, or JSON that is not an object.
      nasty.filter((s) => {
        try {
          const v: unknown = JSON.parse(s);
          return typeof v !== "object" || v === null || Array.isArray(v);
        } catch {
          return true;
        }
      }),
      fc
        .jsonValue({ maxDepth: 3 })
        .filter((v) => typeof v !== "object" || v === null || Array.isArray(v))
        .map((v) => JSON.stringify(v)),
      // An object with a certainly wrong version, or a certainly wrong field, and anything elsewhere.
      fc
        .record({
          replace: fc.dictionary(fc.constantFrom(...Object.keys(valid)), jsonAny, { maxKeys: 3 }),
          breaker: fc.oneof(
            fc
              .oneof(
                fc.integer().filter((n) => n !== item.version),
                fc.constantFrom(null, "x", "", [], {}, 1.5, true),
              )
              .map((v) => ["expectedVersion", v] as const),
            notOneOf(["not_started", "in_progress", "completed", "delayed", "discontinued", "not_assessed"]).map(
              (v) => ["status", v] as const,
            ),
            fc
              .oneof(fc.integer({ min: 101 }), fc.integer({ max: -1 }), fc.constantFrom("lots", [], {}, true, 50.5))
              .map((v) => ["progress", v] as const),
            fc
              .tuple(fc.string({ minLength: 1, maxLength: 10 }), jsonAny)
              .filter(([k]) => !(k in valid) && !["evidenceUrl", "evidenceSourceId"].includes(k))
              .map(([k, v]) => [k, v] as const),
          ),
        })
        .map(({ replace, breaker }) => JSON.stringify({ ...valid, ...replace, [breaker[0]]: breaker[1] })),
    );
    const headers = fc.record({
      contentType: fc.oneof(
        { weight: 3, arbitrary: fc.constant("application/json") },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            "text/plain",
            "application/x-www-form-urlencoded",
            "multipart/form-data",
            "",
            "application/jsonx",
          ),
        },
      ),
      origin: fc.oneof(
        { weight: 3, arbitrary: fc.constant("http://test") },
        { weight: 1, arbitrary: fc.constantFrom("https://evil.example", "null", "http://test.evil.example") },
      ),
      role: fc.constantFrom("editor", "admin", "none") as fc.Arbitrary<"editor" | "admin" | "none">,
    });
    await fc.assert(
      fc.asyncProperty(body, headers, async (raw, h) => {
        const before = await fingerprint(t.db);
        const hdrs = new Headers({ "content-type": h.contentType, origin: h.origin });
        if (h.role !== "none") hdrs.set("cookie", cookie.get(h.role) ?? "");
        const res = await post(
          new Request(`http://test/api/v1/items/${item.slug}/status`, { method: "POST", headers: hdrs, body: raw }),
          { params: Promise.resolve({ key: item.slug }) },
        );
        if (res.status < 400 || res.status >= 500) throw new Error(`answered ${res.status} to ${raw.slice(0, 200)}`);
        const json = (await res.json()) as { error?: unknown; message?: unknown };
        expect(typeof json.error).toBe("string");
        expect(typeof json.message).toBe("string");
        expect(await fingerprint(t.db)).toEqual(before);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it("POST /api/import: bad files, names, locales, origins and sessions are refused with a 4xx, nothing kept", {
    timeout: TIMEOUT,
  }, async () => {
    const route = (await import("@/app/api/import/route")) as unknown as RouteModule;
    const post = route.POST as Handler;
    const header = "id,plan,item,status,progress,assessed_on,basis,note_en,evidence_url,evidence_source";
    const body = fc.oneof(
      nasty,
      fc.uint8Array({ maxLength: 300 }),
      // The right header, then a row that cannot be valid (an unknown item).
      nasty.map((note) => `${header}\n,,no-such-item-zz,in_progress,10,2026-11-20,staff,${JSON.stringify(note)},,\n`),
      nasty.map((cell) => `${header}\n${cell}\n`),
    );
    const request = fc.record({
      name: fc.oneof(nasty, fc.constantFrom("a.csv", "a.xlsx", "../../x.csv")),
      locale: fc.oneof(fc.constantFrom("en", "ko", "zh"), nasty),
      origin: fc.oneof(
        { weight: 3, arbitrary: fc.constant("http://test") },
        { weight: 1, arbitrary: fc.constantFrom("https://evil.example", "null") },
      ),
      role: fc.constantFrom("editor", "admin", "none") as fc.Arbitrary<"editor" | "admin" | "none">,
    });
    await fc.assert(
      fc.asyncProperty(body, request, async (raw, h) => {
        const before = await fingerprint(t.db);
        const hdrs = new Headers({ origin: h.origin });
        if (h.role !== "none") hdrs.set("cookie", cookie.get(h.role) ?? "");
        const query = new URLSearchParams({ name: h.name, locale: h.locale });
        const res = await post(
          new Request(`http://test/api/import?${query}`, { method: "POST", headers: hdrs, body: raw }),
          { params: Promise.resolve({}) },
        );
        if (res.status >= 500) throw new Error(`answered ${res.status}`);
        const json = (await res.json()) as { token?: unknown; message?: unknown; report?: unknown };
        // A file with errors is a 200 with its report, but never a token.
        if (res.status === 200) expect(json.token).toBeNull();
        else expect(res.status).toBeGreaterThanOrEqual(400);
        expect(await fingerprint(t.db)).toEqual(before);
      }),
      { numRuns: RUNS },
    );
  });
});
