"use client";

import { Link } from "@/lib/i18n/navigation";
import { hasRole } from "@/lib/roles";
import { signOutAction } from "@/lib/server/actions/auth";
import type { SessionLabels } from "./session-indicator";
import type { SessionUser } from "./session-provider";

/**
 * Who is signed in, the staff link and "Sign out". Loaded by SessionIndicator only
 * once /api/session names a user, so that readers' first load carries neither this nor
 * the server-action client it needs (docs/decisions/0006).
 */
export default function SignedIn({
  user,
  labels,
  forget,
}: {
  user: SessionUser;
  labels: SessionLabels;
  forget: () => void;
}) {
  return (
    <span className="flex min-w-0 items-center gap-2" data-testid="signed-in">
      <span className="min-w-0 max-w-48 truncate text-muted">
        {/* On a phone the name alone: "Signed in as" would leave no room for it. */}
        <span className="hidden sm:inline">{labels.signedInAs[0]}</span>
        {user.name}
        <span className="hidden sm:inline">{labels.signedInAs[1]}</span>
      </span>
      {hasRole(user.role, "editor") ? (
        <Link href="/admin" className="whitespace-nowrap font-medium" data-testid="staff-link">
          {labels.staff}
        </Link>
      ) : null}
      <form
        action={async () => {
          forget();
          await signOutAction();
        }}
      >
        <button type="submit" className="whitespace-nowrap text-accent underline-offset-2 hover:underline">
          {labels.signOut}
        </button>
      </form>
    </span>
  );
}
