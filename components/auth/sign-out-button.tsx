import { signOutAction } from "@/lib/server/actions/auth";

/** A form, so signing out works without JS and is a POST (never a link a crawler follows). */
export function SignOutButton({ label }: { label: string }) {
  return (
    <form action={signOutAction}>
      <button type="submit" className="text-accent underline-offset-2 hover:underline">
        {label}
      </button>
    </form>
  );
}
