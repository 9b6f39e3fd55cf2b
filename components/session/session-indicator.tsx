"use client";

import { lazy, Suspense } from "react";
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

// Fetched only when someone is signed in (./signed-in.tsx says why).
const SignedIn = lazy(() => import("./signed-in"));

/** The header's "Sign in" link, or who is signed in and "Sign out". */
export function SessionIndicator({ labels }: { labels: SessionLabels }) {
  const { user, forget } = useSession();
  const signIn = (
    <Link
      href="/login"
      className="inline-flex min-h-6 items-center whitespace-nowrap text-muted"
      data-testid="sign-in-link"
    >
      {labels.signIn}
    </Link>
  );
  if (!user) return signIn;
  return (
    <Suspense fallback={null}>
      <SignedIn user={user} labels={labels} forget={forget} />
    </Suspense>
  );
}
