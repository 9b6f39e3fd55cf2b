"use client";

import { signOutAction } from "@/lib/actions/auth";
import { hasRole } from "@/lib/auth/role-rank";
import { Link } from "@/lib/i18n/navigation";
import { useSession } from "./session-provider";

export type SessionLabels = {
  signIn: string;
  signOut: string;
  /** The link to the staff tools (/admin), shown to editors and admins. */
  staff: string;
  /** "Signed in as {name}" in the reader's language, split around the name. */
  signedInAs: readonly [string, string];
};

/** The header's "Sign in" link, or who is signed in and "Sign out". */
export function SessionIndicator({ labels }: { labels: SessionLabels }) {
  const { user, forget } = useSession();
  if (!user) {
    return (
      <Link href="/login" className="whitespace-nowrap text-muted" data-testid="sign-in-link">
        {labels.signIn}
      </Link>
    );
  }
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
