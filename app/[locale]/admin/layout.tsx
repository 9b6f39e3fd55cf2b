import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

/** Staff pages hold client forms that read their messages in the browser (components/i18n/client-messages.tsx). */
export default function StaffLayout({ children }: { children: ReactNode }) {
  return <ClientMessages>{children}</ClientMessages>;
}
