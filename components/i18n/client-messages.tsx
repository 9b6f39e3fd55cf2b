import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { CLIENT_NAMESPACES } from "@/lib/i18n/messages";

/**
 * The messages client components read (CLIENT_NAMESPACES), for the forms on sign-in
 * and staff pages. Not in the root layout: next-intl's client runtime (an ICU parser
 * among it) would then load with every public page (docs/decisions/0006). A client
 * component that calls useTranslations must be inside one of these.
 */
export async function ClientMessages({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider messages={Object.fromEntries(CLIENT_NAMESPACES.map((ns) => [ns, messages[ns]]))}>
      {children}
    </NextIntlClientProvider>
  );
}
