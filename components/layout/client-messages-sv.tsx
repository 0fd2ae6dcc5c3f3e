"use client";

import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { timeZone } from "@/i18n/config";
import messages from "@/i18n/generated/client-messages.sv.json";

/**
 * The Swedish messages of the client components, from a file bundled with their code
 * (npm run i18n:client writes it): the browser loads it once and keeps it, rather than reading
 * 65 kB of messages in every page, and the server does not serialise them for every request (it
 * was a third of a signed-in page's fixed cost). The English twin is a module of its own, so a
 * page loads only its own language.
 */
export function SwedishClientMessages({ children }: { children: ReactNode }) {
  return (
    <NextIntlClientProvider locale="sv" timeZone={timeZone} messages={messages}>
      {children}
    </NextIntlClientProvider>
  );
}
