/**
 * `npm run soak`: the production server on SQLite under many readers and a few
 * editors at once, then a check that nothing was lost or broken. Loopback only.
 *
 *   npm run soak                          60 s, 200 readers, 10 editors
 *   npm run soak -- --seconds 120         longer
 *   npm run soak -- --fault               SIGKILL the server mid-write, restart it, go on
 *   npm run soak -- --quick --fault       a few seconds, few clients (the test command runs this)
 *
 * It reuses the production build in --dist (building it when there is none), makes
 * a database of its own (migrated, seeded, with editor accounts as
 * scripts/e2e-server.sh makes them), starts `next start` on localhost, signs the
 * editors in over HTTP (the login form, posted as a browser without JavaScript
 * would), and runs readers over the public pages and the API while the editors, in
 * turn, save status updates through POST /api/v1/items/{slug}/status and edit plan
 * items through their edit form (/edit/PlanItem/<id>, posted as a browser without
 * JavaScript does). Each save changes one field of what the editor last saw, so a
 * stale one is merged onto the saves made since (201 with mergedFrom, or the form's
 * "saved" message); when another save changed the same field (409, or the form's
 * conflict choices) the editor keeps their value and saves again. Every
 * acknowledged save is recorded by its id or a unique note.
 *
 * Checks, each a failure (exit 1) when broken: no 5xx; no SQLITE_BUSY or "database
 * is locked" in any body or in the server's log; no request failing outside the
 * fault's outage; every acknowledged save in the database and in the audit log
 * exactly once, holding what its answer said; no save, merged or not, changing a
 * field its editor did not change (nothing of another editor's reverted); status
 * updates and audit entries written together or not at all; PRAGMA integrity_check
 * = ok and no foreign key violations.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { type Field, fieldValue, formFields, multipart, testIdText, withField } from "../tests/html-form";
import { loginFormFields } from "../tests/login-form";

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    fault: { type: "boolean", default: false },
    seconds: { type: "string" },
    readers: { type: "string" },
    editors: { type: "string" },
    port: { type: "string", default: "3580" },
    dist: { type: "string", default: ".next" },
    build: { type: "boolean", default: false },
    db: { type: "string" },
  },
});
const quick = values.quick;
const seconds = Number(values.seconds ?? (quick ? 4 : 60));
const readerCount = Number(values.readers ?? (quick ? 20 : 200));
const editorCount = Number(values.editors ?? (quick ? 3 : 10));
const port = Number(values.port);
const base = `http://localhost:${port}`;
const distDir = values.dist;
const dbFile = path.resolve(values.db ?? `tests/.tmp/soak-${port}.db`);
const runId = randomBytes(4).toString("hex");
const PASSWORD = "soak-editor-password-1";

for (const [name, n] of Object.entries({ seconds, readerCount, editorCount, port })) {
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive whole number`);
}

const READ_PATHS = [
  "/",
  "/agreements",
  "/agreements?q=air",
  "/timeline",
  "/status",
  "/plans",
  "/plans/clear-sky-plan",
  "/ministries",
  "/dialogues",
  "/ko/status",
  "/zh/plans/clear-sky-plan",
  "/api/v1/items",
  "/api/v1/status-updates?limit=20",
  "/feed.xml",
];
const STATUSES = ["not_started", "in_progress", "delayed", "completed", "discontinued"] as const;
/** The plan item fields the record editors change, one per save. */
const RECORD_FIELDS = ["titleKo", "titleZh", "dueOn"] as const;

function sh(cmd: string, args: string[], env: Record<string, string> = {}) {
  execFileSync(cmd, args, { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, ...env } });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function percentile(sorted: number[], p: number) {
  return sorted.length === 0 ? 0 : (sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0);
}

// ---------------------------------------------------------------- build, database, server

if (!existsSync(path.join(distDir, "BUILD_ID")) || values.build) {
  console.log(`Building into ${distDir}…`);
  const tsconfig = readFileSync("tsconfig.json", "utf8");
  try {
    sh("npx", ["next", "build"], { NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" });
  } finally {
    writeFileSync("tsconfig.json", tsconfig);
  }
}

mkdirSync(path.dirname(dbFile), { recursive: true });
for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${dbFile}${suffix}`, { force: true });
const dbEnv = { DATABASE_URL: `file:${dbFile}`, CHECKPOINT_DISABLE: "1" };
sh("npx", ["tsx", "--conditions=react-server", "scripts/db-migrate.ts", "deploy"], dbEnv);
sh("npx", ["tsx", "--conditions=react-server", "prisma/seed.ts"], dbEnv);
const editors = Array.from({ length: editorCount }, (_, i) => ({
  email: `soak-editor-${i + 1}@soak.test`,
  name: `Soak Editor ${i + 1}`,
  role: "editor",
  password: PASSWORD,
}));
{
  const { createPrismaClient } = await import("../lib/server/db/prisma");
  const { createUser } = await import("../lib/server/services/manage-users");
  const db = createPrismaClient(`file:${dbFile}`);
  for (const e of editors) await createUser(db, { userId: null, label: "soak setup" }, e);
  await db.$disconnect();
}

const secret = randomBytes(32).toString("base64url");
const serverLog: string[] = [];
let server: ChildProcess | null = null;
let serverExit: Promise<void> = Promise.resolve();

function startServer() {
  const child = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "-H", "localhost", "-p", String(port)],
    {
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_DIST_DIR: distDir,
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: `file:${dbFile}`,
        BETTER_AUTH_SECRET: secret,
        BETTER_AUTH_INSECURE_COOKIES: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    },
  );
  const keep = (chunk: Buffer) => serverLog.push(chunk.toString());
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  serverExit = new Promise((resolve) => child.on("exit", () => resolve()));
  server = child;
}

/** Sends a signal to the server's whole process group (next start and anything it forked). */
function signalServer(signal: NodeJS.Signals) {
  if (server?.pid) {
    try {
      process.kill(-server.pid, signal);
    } catch {
      // already gone
    }
  }
}

// Ctrl-C: take the server down with the script.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    signalServer("SIGKILL");
    process.exit(130);
  });
}

async function waitUp(ms = 180_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      const res = await fetch(`${base}/ping`, { signal: AbortSignal.timeout(30_000) });
      if (res.status < 500) return;
    } catch {
      // not up yet
    }
    await sleep(200);
  }
  throw new Error(`${base} did not come up in ${ms} ms`);
}

// ---------------------------------------------------------------- clients

const BUSY = /SQLITE_BUSY|database is locked/i;
const stats = {
  reads: 0,
  readFailures: [] as string[],
  readLatency: [] as number[],
  writes: 0,
  conflicts: 0,
  merged: 0,
  recordWrites: 0,
  recordConflicts: 0,
  recordMerged: 0,
  writeFailures: [] as string[],
  writeLatency: [] as number[],
  fiveHundreds: 0,
  busyBodies: 0,
  networkErrors: 0,
  networkErrorsOutsideOutage: 0,
  timeouts: 0,
};
type ItemStatus = { status: string; progress: number | null; assessedOn: string | null };
/** Acknowledged status saves: what was sent and what the 201 said the item holds now. */
const acknowledged: {
  id: string;
  note: string;
  item: string;
  editor: string;
  sent: ItemStatus;
  saved: ItemStatus;
  merged: boolean;
}[] = [];
/** Acknowledged record saves: the one field each changed, to what. */
const recordAcks: { itemId: string; note: string; field: string; value: string; merged: boolean }[] = [];
let outage = false;
let stopping = false;
let inflightWrites = 0;
/** Aborts every request still waiting when the run ends (they are not counted). */
const stop = new AbortController();
/** Requests give up after two minutes: an overloaded server is slow, and that is reported, not hidden. */
const TIMEOUT_MS = 120_000;
const signal = () => AbortSignal.any([stop.signal, AbortSignal.timeout(TIMEOUT_MS)]);
/** What the editors last saw of each item, shared as a team would see it on the plan page. */
const versions = new Map<string, ItemStatus & { version: number }>();

type Reply = { status: number; body: string };

/**
 * One HTTP request on a connection of its own (no keep-alive). A loaded server's
 * event loop runs late, so it may close an idle keep-alive connection just as the
 * client reuses it (ECONNRESET, and fetch does not retry a POST); a fresh
 * connection per request keeps that client-side race out of the figures.
 */
function send(
  method: string,
  pathname: string,
  headers: Record<string, string> = {},
  body?: string | Buffer,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "localhost",
        port,
        path: pathname,
        method,
        agent: false,
        signal: signal(),
        headers: body === undefined ? headers : { ...headers, "content-length": String(Buffer.byteLength(body)) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

function isTimeout(error: unknown): boolean {
  const cause = (error as { cause?: unknown })?.cause;
  return (
    (error instanceof Error && error.name === "TimeoutError") ||
    (cause instanceof Error && cause.name === "TimeoutError")
  );
}

function noteResponse(status: number, body: string) {
  if (status >= 500) stats.fiveHundreds++;
  if (BUSY.test(body)) stats.busyBodies++;
}

function noteNetworkError(where: string, error: unknown) {
  if (stopping) return;
  if (isTimeout(error)) {
    stats.timeouts++;
    return;
  }
  stats.networkErrors++;
  if (!outage && !stopping) {
    stats.networkErrorsOutsideOutage++;
    if (stats.networkErrorsOutsideOutage <= 5) console.error(`${where}: ${String(error)}`);
  }
}

/**
 * While the server is down (the fault run), clients wait for it to be back rather
 * than hammer a closed port: the restart is measured on its own, then the load resumes.
 */
async function pauseDuringOutage() {
  while (outage && !stopping) await sleep(100);
}

async function reader(n: number) {
  let i = n;
  while (!stopping) {
    await pauseDuringOutage();
    const p = READ_PATHS[i++ % READ_PATHS.length] ?? "/";
    const started = performance.now();
    try {
      const res = await send("GET", p);
      const body = res.body;
      stats.reads++;
      stats.readLatency.push(performance.now() - started);
      noteResponse(res.status, body);
      if (res.status !== 200 && stats.readFailures.length < 20) stats.readFailures.push(`${res.status} ${p}`);
    } catch (error) {
      noteNetworkError(`GET ${p}`, error);
    }
  }
}

/** Signs an editor in through the login form, posted as a browser without JavaScript does. */
async function signIn(email: string): Promise<string> {
  const html = await (await fetch(`${base}/login`)).text();
  const fields = loginFormFields(html);
  if (Object.keys(fields).length === 0) throw new Error("no form on /login");
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  data.set("email", email);
  data.set("password", PASSWORD);
  const res = await fetch(`${base}/login`, {
    method: "POST",
    body: data,
    redirect: "manual",
    headers: { origin: base },
  });
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0] ?? "")
    .find((c) => c.startsWith("better-auth.session_token="));
  if (res.status !== 303 || !cookie) throw new Error(`sign-in of ${email} failed: ${res.status}`);
  return cookie;
}

async function readVersion(item: string): Promise<(ItemStatus & { version: number }) | undefined> {
  const res = await send("GET", `/api/v1/items/${item}/status`);
  const body = res.body;
  noteResponse(res.status, body);
  if (res.status !== 200) {
    stats.writeFailures.push(`GET status ${item}: ${res.status}`);
    return undefined;
  }
  const data = (JSON.parse(body) as { data: ItemStatus & { version: number; statusAssessedOn: string | null } }).data;
  return { version: data.version, status: data.status, progress: data.progress, assessedOn: data.statusAssessedOn };
}

/**
 * One field changed from what the editor saw (the status, the progress or the
 * date; now and then "completed" with 100%), so that saves on other fields merge.
 */
function changeOf(seen: ItemStatus, n: number): Partial<ItemStatus> {
  if (n % 7 === 0) return { status: "completed", progress: 100 };
  const kind = n % 3 === 1 && seen.status === "completed" ? 0 : n % 3;
  const open = STATUSES.filter((status) => status !== "completed");
  if (kind === 0) return { status: open[n % open.length] ?? "delayed" };
  if (kind === 1) return { progress: (n * 7) % 100 };
  return { assessedOn: `2026-11-${String(1 + (n % 28)).padStart(2, "0")}` };
}

async function saveStatus(
  who: string,
  cookie: string,
  item: string,
  n: number,
  /** What the editor saw, when it is not what the team last saw (the merge probe's stale form). */
  stale?: ItemStatus & { version: number },
) {
  let seen = stale ?? versions.get(item) ?? (await readVersion(item));
  if (seen === undefined) return;
  const change = changeOf(seen, n);
  // Up to a few attempts: a 409 gives the item as it is now; the editor keeps their change and saves on it.
  for (let attempt = 0; attempt < 5 && !stopping; attempt++) {
    const note = `soak ${runId} ${who} #${n}.${attempt} 미세먼지 · 清洁空气`;
    const sent: ItemStatus = {
      status: seen.status,
      progress: seen.status === "completed" && !("status" in change) ? 100 : seen.progress,
      assessedOn: seen.assessedOn ?? "2026-11-01",
      ...change,
    };
    const started = performance.now();
    inflightWrites++;
    let res: Reply;
    try {
      res = await send(
        "POST",
        `/api/v1/items/${item}/status`,
        { "content-type": "application/json", origin: base, cookie },
        JSON.stringify({ expectedVersion: seen.version, ...sent, basis: "staff", note }),
      );
    } finally {
      inflightWrites--;
    }
    const body = res.body;
    stats.writes++;
    stats.writeLatency.push(performance.now() - started);
    noteResponse(res.status, body);
    if (res.status === 201) {
      const data = (JSON.parse(body) as { data: ItemStatus & { statusUpdateId: string; version: number } }).data;
      const merged = "mergedFrom" in data;
      if (merged) stats.merged++;
      const saved = { status: data.status, progress: data.progress, assessedOn: data.assessedOn };
      acknowledged.push({ id: data.statusUpdateId, note, item, editor: who, sent, saved, merged });
      versions.set(item, { ...saved, version: data.version });
      return;
    }
    if (res.status === 409) {
      stats.conflicts++;
      const now = (JSON.parse(body) as { current: ItemStatus & { version: number; statusAssessedOn: string | null } })
        .current;
      seen = { version: now.version, status: now.status, progress: now.progress, assessedOn: now.statusAssessedOn };
      versions.set(item, seen);
      continue;
    }
    stats.writeFailures.push(`POST ${item}: ${res.status} ${body.slice(0, 200)}`);
    versions.delete(item);
    return;
  }
}

/** Posts an edit form as a browser without JavaScript does; the answer is the page with the form's state. */
async function postForm(pathname: string, fields: readonly Field[], cookie: string): Promise<Reply> {
  const { body, type } = await multipart(fields);
  inflightWrites++;
  try {
    return await send("POST", pathname, { "content-type": type, origin: base, cookie }, body);
  } finally {
    inflightWrites--;
  }
}

/**
 * An editor edits one field of a plan item through its edit form: loads it, waits a
 * moment (others save meanwhile, so the form goes stale), saves; when the answer
 * shows fields both changed, chooses "mine" for each (the field it changed) and saves again.
 */
async function editRecord(
  who: string,
  cookie: string,
  itemId: string,
  n: number,
  /** What happens while the form is open; by default the editor just takes a moment. */
  meanwhile: () => Promise<unknown> = () => sleep(20 + ((n * 37) % 180)),
) {
  const pathname = `/edit/PlanItem/${itemId}`;
  const page = await send("GET", pathname, { cookie });
  noteResponse(page.status, page.body);
  let fields = page.status === 200 ? formFields(page.body, 'name="base"') : null;
  if (!fields) {
    stats.writeFailures.push(`GET ${pathname}: ${page.status}`);
    return;
  }
  const field = RECORD_FIELDS[n % RECORD_FIELDS.length] ?? "titleKo";
  const value =
    field === "dueOn"
      ? `${2027 + (n % 70)}-${String(1 + ((n * 5) % 12)).padStart(2, "0")}`
      : `soak ${runId} ${who} #${n} ${field === "titleKo" ? "제목" : "标题"}`;
  const note = `soak ${runId} record ${who} #${n}`;
  await meanwhile();
  for (let attempt = 0; attempt < 5 && !stopping; attempt++) {
    fields = withField(withField(fields, field, value), "note", note);
    const started = performance.now();
    const res = await postForm(pathname, fields, cookie);
    stats.recordWrites++;
    stats.writeLatency.push(performance.now() - started);
    noteResponse(res.status, res.body);
    const message = res.status === 200 ? testIdText(res.body, "edit-form-message") : "";
    if (message.startsWith("Saved")) {
      const merged = message !== "Saved.";
      if (merged) stats.recordMerged++;
      recordAcks.push({ itemId, note, field, value, merged });
      return;
    }
    const next = res.status === 200 ? formFields(res.body, 'name="base"') : null;
    const conflicts = next ? fieldValue(next, "conflicts") : undefined;
    if (!next || !conflicts) {
      stats.writeFailures.push(`POST ${pathname}: ${res.status} ${message.slice(0, 200)}`);
      return;
    }
    // Both changed a field: this editor keeps theirs where they did not touch it, and their own value where they did.
    stats.recordConflicts++;
    fields = next;
    for (const f of conflicts.split(",")) fields = withField(fields, `resolve.${f}`, "mine");
  }
}

async function editor(index: number, cookie: string, items: string[], itemIds: string[]) {
  const who = editors[index]?.email ?? "?";
  let n = 0;
  while (!stopping) {
    await pauseDuringOutage();
    const slot = index + n;
    n++;
    const item = items[slot % items.length] ?? "";
    try {
      // In turn: a status update through the API, an edit of the item's fields through its form.
      if ((n + index) % 2 === 0) await editRecord(who, cookie, itemIds[slot % itemIds.length] ?? "", n);
      else await saveStatus(who, cookie, item, n);
    } catch (error) {
      // The answer was lost (the fault run's outage): the save may or may not have
      // happened; it was not acknowledged, so nothing is expected of it. Re-read.
      versions.delete(item);
      noteNetworkError(`editor ${who}`, error);
    }
  }
}

// ---------------------------------------------------------------- merge probe

/**
 * Before the load, one stale save of each kind that must merge, so that every run
 * checks merged saves whatever the load makes of it: a status save from a version
 * another editor's save (of another field) moved on, and an edit form left open
 * while a status update lands on its item.
 */
async function mergeProbe(cookies: string[], item: { id: string; slug: string }) {
  const [first = "", second = ""] = cookies;
  const [a = "?", b = "?"] = editors.map((e) => e.email);
  // Numbers from 1000 on keep the probe's notes apart from the load's; each picks the field changeOf changes.
  await saveStatus(a, first, item.slug, 1004); // a date, so that the item has one to keep
  const loaded = await readVersion(item.slug);
  if (!loaded) return;
  await saveStatus(a, first, item.slug, 1007); // another date
  await saveStatus(b, second, item.slug, 1005, loaded); // the status, from the version before
  await editRecord(b, second, item.id, 1006, () => saveStatus(a, first, item.slug, 1010)); // a title, while the date moves
}

// ---------------------------------------------------------------- merge checks

type Changes = Record<string, [unknown, unknown]>;

function auditByNote(db: Database.Database, action: string): Map<string, Changes[]> {
  const byNote = new Map<string, Changes[]>();
  for (const r of db
    .prepare("SELECT note, changes FROM AuditEntry WHERE action = ? AND note LIKE ?")
    .all(action, `soak ${runId} %`) as { note: string; changes: string }[])
    byNote.set(r.note, [...(byNote.get(r.note) ?? []), JSON.parse(r.changes) as Changes]);
  return byNote;
}

/**
 * Every acknowledged save, merged or not, holds what its answer said, and changed
 * no field its editor left alone: a merge never reverts another editor's value.
 */
function checkMerges(db: Database.Database) {
  const COLUMN: Record<keyof ItemStatus, string> = {
    status: "status",
    progress: "progress",
    assessedOn: "statusAssessedOn",
  };
  const rows = new Map(
    (
      db
        .prepare("SELECT id, status, progress, assessedOn FROM StatusUpdate WHERE noteEn LIKE ?")
        .all(`soak ${runId} %`) as (ItemStatus & {
        id: string;
      })[]
    ).map((r) => [r.id, r]),
  );
  const statusAudit = auditByNote(db, "status_update");
  const wrong: string[] = [];
  for (const a of acknowledged) {
    const row = rows.get(a.id);
    if (row && (row.status !== a.saved.status || row.progress !== a.saved.progress))
      wrong.push(`${a.id}: stored ${row.status}/${row.progress}, answered ${a.saved.status}/${a.saved.progress}`);
    const changes = statusAudit.get(a.note)?.[0] ?? {};
    if (a.merged !== "merged" in changes) wrong.push(`${a.note}: merge not recorded as answered`);
    for (const f of Object.keys(COLUMN) as (keyof ItemStatus)[]) {
      const change = changes[COLUMN[f]];
      // A field the save took from the other editor must not have moved.
      if (a.sent[f] !== a.saved[f] && change && JSON.stringify(change[0]) !== JSON.stringify(change[1]))
        wrong.push(`${a.note}: ${f} moved though the other editor's value was kept`);
    }
  }
  check(
    wrong.length === 0,
    "every status save (merged ones too) holds what it answered, reverting nothing",
    wrong.slice(0, 3).join(" | "),
  );

  const recordAudit = auditByNote(db, "update");
  const lost: string[] = [];
  for (const r of recordAcks) {
    const entries = recordAudit.get(r.note) ?? [];
    if (entries.length !== 1) {
      lost.push(`${r.note}: ${entries.length} audit entries`);
      continue;
    }
    const changes = entries[0] ?? {};
    const other = Object.keys(changes).filter((k) => k !== r.field && k !== "merged");
    if (other.length > 0) lost.push(`${r.note}: also changed ${other.join(", ")}`);
    const change = changes[r.field];
    if (change && change[1] !== r.value) lost.push(`${r.note}: ${r.field} saved as ${String(change[1])}`);
    if (!change && r.field !== "dueOn") lost.push(`${r.note}: ${r.field} not changed`);
    if (r.merged !== "merged" in changes) lost.push(`${r.note}: merge not recorded as answered`);
  }
  check(
    lost.length === 0,
    "every record edit (merged ones too) is in the audit log once, changing only its own field",
    lost.slice(0, 3).join(" | "),
  );
}

// ---------------------------------------------------------------- run

let failed = false;
const check = (ok: boolean, label: string, detail = "") => {
  console.log(`${ok ? "ok  " : "FAIL"}  ${label}${detail ? `: ${detail}` : ""}`);
  if (!ok) failed = true;
};

let faultFigures: { killedWithInflight: number; downMs: number; ackedBeforeKill: number } | null = null;

async function waitUntil(condition: () => boolean, maxMs: number, everyMs = 50) {
  const end = Date.now() + maxMs;
  while (!condition() && Date.now() < end) await sleep(everyMs);
}
const started = Date.now();
try {
  startServer();
  await waitUp();
  const items = (
    (await (await fetch(`${base}/api/v1/items?limit=100`)).json()) as { data: { slug: string }[] }
  ).data.map((i) => i.slug);
  if (items.length === 0) throw new Error("no plan items to save statuses on");
  for (const item of items) {
    const v = await readVersion(item);
    if (v !== undefined) versions.set(item, v);
  }
  const itemRows = (() => {
    const db = new Database(dbFile, { readonly: true });
    try {
      return (
        db.prepare("SELECT id, slug FROM PlanItem WHERE archivedAt IS NULL ORDER BY slug").all() as {
          id: string;
          slug: string;
        }[]
      ).slice(0, 12);
    } finally {
      db.close();
    }
  })();
  const itemIds = itemRows.map((r) => r.id);
  // Warm the pages once, so the run measures serving rather than first compilation.
  for (const p of READ_PATHS) await fetch(base + p).then((r) => r.text());
  const cookies = await Promise.all(editors.map((e) => signIn(e.email)));
  if (itemRows[0] && cookies.length >= 2) await mergeProbe(cookies, itemRows[0]);
  const probed = { statuses: stats.merged, records: stats.recordMerged };
  console.log(
    `Soak ${runId}: ${seconds} s, ${readerCount} readers, ${editorCount} editors on ${items.length} items, ${base}${values.fault ? ", with a SIGKILL mid-write" : ""}`,
  );

  const t0 = performance.now();
  const clients = [
    ...Array.from({ length: readerCount }, (_, i) => reader(i)),
    ...cookies.map((c, i) => editor(i, c, items, itemIds)),
  ];
  if (values.fault) {
    await sleep((seconds * 1000) / 2);
    // Something acknowledged that must survive, and then a save on its way, before the kill.
    await waitUntil(() => acknowledged.length > 0, 60_000);
    await waitUntil(() => inflightWrites > 0, 5000, 1);
    const killedWithInflight = inflightWrites;
    const ackedBeforeKill = acknowledged.length;
    outage = true;
    const down = Date.now();
    signalServer("SIGKILL");
    await serverExit;
    startServer();
    await waitUp();
    outage = false;
    faultFigures = { killedWithInflight, downMs: Date.now() - down, ackedBeforeKill };
    await sleep((seconds * 1000) / 2);
    // …and saves acknowledged by the restarted server too.
    await waitUntil(() => acknowledged.length > ackedBeforeKill, 60_000);
  } else {
    await sleep(seconds * 1000);
  }
  stopping = true;
  stop.abort();
  await Promise.all(clients);
  const elapsed = (performance.now() - t0) / 1000;

  signalServer("SIGTERM");
  await Promise.race([serverExit, sleep(10_000)]);
  signalServer("SIGKILL");

  // ---------------------------------------------------------------- figures
  stats.readLatency.sort((a, b) => a - b);
  stats.writeLatency.sort((a, b) => a - b);
  console.log();
  console.log(`elapsed               ${elapsed.toFixed(1)} s`);
  console.log(
    `reads                 ${stats.reads} (${(stats.reads / elapsed).toFixed(0)}/s), p50 ${percentile(stats.readLatency, 0.5).toFixed(0)} ms, p95 ${percentile(stats.readLatency, 0.95).toFixed(0)} ms, p99 ${percentile(stats.readLatency, 0.99).toFixed(0)} ms`,
  );
  console.log(
    `writes                ${stats.writes} (${(stats.writes / elapsed).toFixed(1)}/s), p50 ${percentile(stats.writeLatency, 0.5).toFixed(0)} ms, p95 ${percentile(stats.writeLatency, 0.95).toFixed(0)} ms`,
  );
  console.log(
    `saves acknowledged    ${acknowledged.length} statuses (${stats.merged} merged), ${recordAcks.length} record edits (${stats.recordMerged} merged)`,
  );
  console.log(
    `conflicts             ${stats.conflicts} (409), ${stats.recordConflicts} in the edit form (of ${stats.recordWrites} posts)`,
  );
  console.log(
    `requests              ${stats.reads + stats.writes} (${((stats.reads + stats.writes) / elapsed).toFixed(0)}/s)`,
  );
  console.log(`5xx                   ${stats.fiveHundreds}`);
  console.log(`network errors        ${stats.networkErrors} (${stats.networkErrorsOutsideOutage} outside the outage)`);
  console.log(`timed out (${TIMEOUT_MS / 1000} s)      ${stats.timeouts}`);
  if (faultFigures)
    console.log(
      `fault                 SIGKILL after ${faultFigures.ackedBeforeKill} acknowledged saves, with ${faultFigures.killedWithInflight} in flight; back after ${faultFigures.downMs} ms; ${acknowledged.length - faultFigures.ackedBeforeKill} acknowledged after`,
    );
  console.log();

  // ---------------------------------------------------------------- checks
  const db = new Database(dbFile);
  try {
    check(stats.fiveHundreds === 0, "no 5xx", String(stats.fiveHundreds));
    const busyLog = serverLog.join("").match(BUSY);
    check(stats.busyBodies === 0 && !busyLog, "no SQLITE_BUSY in any answer or the server's log");
    check(stats.readFailures.length === 0, "every read answered 200", stats.readFailures.slice(0, 5).join(", "));
    check(
      stats.writeFailures.length === 0,
      "every save answered 201 or 409",
      stats.writeFailures.slice(0, 3).join(" | "),
    );
    check(stats.networkErrorsOutsideOutage === 0, "no request failed outside the outage");
    check(acknowledged.length > 0, "some saves were acknowledged");
    check(recordAcks.length > 0, "some record edits were acknowledged");
    check(
      editorCount < 2 || (probed.statuses > 0 && probed.records > 0),
      "the probe's stale status save and stale edit form were both merged",
      `${probed.statuses} status, ${probed.records} record`,
    );
    if (faultFigures) {
      check(faultFigures.ackedBeforeKill > 0, "saves were acknowledged before the kill");
      check(acknowledged.length > faultFigures.ackedBeforeKill, "saves were acknowledged after the restart");
    }

    const ids = new Set(
      (db.prepare("SELECT id FROM StatusUpdate WHERE noteEn LIKE ?").all(`soak ${runId} %`) as { id: string }[]).map(
        (r) => r.id,
      ),
    );
    const missing = acknowledged.filter((a) => !ids.has(a.id));
    check(missing.length === 0, "every acknowledged save is in the database", `${missing.length} missing`);

    const auditNotes = new Map<string, number>();
    for (const r of db
      .prepare("SELECT note FROM AuditEntry WHERE action = 'status_update' AND note LIKE ?")
      .all(`soak ${runId} %`) as { note: string }[])
      auditNotes.set(r.note, (auditNotes.get(r.note) ?? 0) + 1);
    const unaudited = acknowledged.filter((a) => auditNotes.get(a.note) !== 1);
    check(unaudited.length === 0, "every acknowledged save has exactly one audit entry", `${unaudited.length} without`);
    const updateNotes = db
      .prepare("SELECT count(*) AS n FROM StatusUpdate WHERE noteEn LIKE ?")
      .get(`soak ${runId} %`) as { n: number };
    const auditCount = [...auditNotes.values()].reduce((a, b) => a + b, 0);
    check(
      updateNotes.n === auditCount,
      "status updates and audit entries written together",
      `${updateNotes.n} updates, ${auditCount} audit entries`,
    );
    checkMerges(db);
    const integrity = (db.pragma("integrity_check") as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .join("; ");
    check(integrity === "ok", "PRAGMA integrity_check", integrity);
    const fk = db.pragma("foreign_key_check") as unknown[];
    check(fk.length === 0, "PRAGMA foreign_key_check", `${fk.length} violations`);
  } finally {
    db.close();
  }
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  stopping = true;
  signalServer("SIGKILL");
}
console.log(`\n${failed ? "SOAK FAILED" : "Soak passed"} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(failed ? 1 : 0);
