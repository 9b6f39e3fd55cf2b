"use client";

import { type AbstractIntlMessages, NextIntlClientProvider } from "next-intl";
import type { ComponentProps } from "react";
import { StatusUpdateForm } from "./status-update-form";

export type StatusFormIntl = { locale: string; timeZone: string; messages: AbstractIntlMessages };

/** The status form with the messages it reads; loaded only once an editor is signed in. */
export function StatusFormWithMessages({
  intl,
  ...props
}: ComponentProps<typeof StatusUpdateForm> & { intl: StatusFormIntl }) {
  return (
    <NextIntlClientProvider locale={intl.locale} timeZone={intl.timeZone} messages={intl.messages}>
      <StatusUpdateForm {...props} />
    </NextIntlClientProvider>
  );
}
