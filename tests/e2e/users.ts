/**
 * The staff accounts of the end-to-end database (created by scripts/e2e-server.sh
 * through create-users.ts). Test-only passwords on a throwaway database.
 */
export const E2E_USERS = {
  admin: { email: "admin@e2e.test", name: "E2E Admin", role: "admin", password: "e2e-admin-password-1" },
  editor: { email: "editor@e2e.test", name: "Min-jun Editor", role: "editor", password: "e2e-editor-password-1" },
  editor2: { email: "editor2@e2e.test", name: "Wei Editor", role: "editor", password: "e2e-editor-password-2" },
  viewer: { email: "viewer@e2e.test", name: "E2E Viewer", role: "viewer", password: "e2e-viewer-password-1" },
} as const;

export type E2eUser = keyof typeof E2E_USERS;
