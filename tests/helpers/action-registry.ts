import { POST as importUploadRoute } from "@/app/api/import/route";
import { GET as auditNamesRoute } from "@/app/api/staff/audit-names/route";
import { GET as lookupRoute } from "@/app/api/staff/lookup/route";
import { GET as citableSourcesRoute } from "@/app/api/staff/sources/route";
import { GET as statusFormRoute } from "@/app/api/staff/status-form/route";
import { POST as postItemStatusRoute } from "@/app/api/v1/items/[key]/status/route";
import type { Role } from "@/lib/server/auth/roles";
import { signInAction, signOutAction } from "../../lib/server/actions/auth";
import { importSheetAction } from "../../lib/server/actions/import";
import {
  archiveRecordAction,
  createRecordAction,
  restoreRecordAction,
  updateRecordAction,
} from "../../lib/server/actions/records";
import { updateItemStatusAction } from "../../lib/server/actions/status";
import {
  createUserAction,
  resetPasswordAction,
  setUserDisabledAction,
  setUserRoleAction,
} from "../../lib/server/actions/users";

/**
 * Every mutation the app exposes (server actions, and route handlers that write: for
 * those `module` is the route file), with the least role it needs: null for ones anybody may call.
 * tests/integration/authorization-matrix.test.ts runs each against anonymous,
 * viewer, editor and admin, and fails when an exported action is missing here.
 */
export const MUTATIONS = {
  signInAction: { kind: "action", module: "auth", run: signInAction, minRole: null },
  signOutAction: { kind: "action", module: "auth", run: signOutAction, minRole: null },
  updateItemStatusAction: { kind: "action", module: "status", run: updateItemStatusAction, minRole: "editor" },
  updateRecordAction: { kind: "action", module: "records", run: updateRecordAction, minRole: "editor" },
  archiveRecordAction: { kind: "action", module: "records", run: archiveRecordAction, minRole: "editor" },
  restoreRecordAction: { kind: "action", module: "records", run: restoreRecordAction, minRole: "admin" },
  createRecordAction: { kind: "action", module: "records", run: createRecordAction, minRole: "editor" },
  importSheetAction: { kind: "action", module: "import", run: importSheetAction, minRole: "editor" },
  createUserAction: { kind: "action", module: "users", run: createUserAction, minRole: "admin" },
  setUserRoleAction: { kind: "action", module: "users", run: setUserRoleAction, minRole: "admin" },
  setUserDisabledAction: { kind: "action", module: "users", run: setUserDisabledAction, minRole: "admin" },
  resetPasswordAction: { kind: "action", module: "users", run: resetPasswordAction, minRole: "admin" },
  postItemStatusRoute: {
    kind: "route",
    module: "app/api/v1/items/[key]/status/route.ts",
    run: postItemStatusRoute,
    minRole: "editor",
  },
  importUploadRoute: { kind: "route", module: "app/api/import/route.ts", run: importUploadRoute, minRole: "editor" },
} as const satisfies Record<string, { kind: "action" | "route"; module: string; run: unknown; minRole: Role | null }>;

export type MutationName = keyof typeof MUTATIONS;

/**
 * The staff-only reads (route handlers under app/api/staff), with the least role
 * each needs and a valid query. tests/integration/authorization-matrix.test.ts runs
 * each against anonymous (401), too low a role (403) and every role allowed (200),
 * and fails when a route under app/api/staff is missing here.
 */
export const STAFF_READS = {
  auditNamesRoute: {
    module: "app/api/staff/audit-names/route.ts",
    run: auditNamesRoute,
    minRole: "viewer",
    query: "?ids=anything",
  },
  citableSourcesRoute: {
    module: "app/api/staff/sources/route.ts",
    run: citableSourcesRoute,
    minRole: "editor",
    query: "",
  },
  statusFormRoute: {
    module: "app/api/staff/status-form/route.ts",
    run: statusFormRoute,
    minRole: "editor",
    query: "?lang=ko",
  },
  lookupRoute: {
    module: "app/api/staff/lookup/route.ts",
    run: lookupRoute,
    minRole: "editor",
    query: "?kind=agreement&q=mou",
  },
} as const satisfies Record<
  string,
  { module: string; run: (request: Request) => Promise<Response>; minRole: Role; query: string }
>;

export type StaffReadName = keyof typeof STAFF_READS;
