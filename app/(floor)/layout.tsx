import type { ReactNode } from "react";

/** A bare root layout for /ping: no header, no session, no database. */
export default function FloorLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
