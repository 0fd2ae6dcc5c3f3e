"use client";

import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { timeZone } from "@/i18n/config";
import messages from "@/i18n/generated/client-messages.sv.json";

/**
 * The Swedish messages of the client components, from a file bundled with their code
 * (npm run i18n:client writes it): the browser loads them once with the code and keeps them
 * (both languages share one script, 39 kB gzipped, cached like the rest of the code), rather than
 * reading 65 kB of messages in every signed-in page's HTML; and the server no longer serialises
 * them for every request (a third of a signed-in page's fixed cost, npm run bench:workspace).
 */
export function SwedishClientMessages({ children }: { children: ReactNode }) {
  return (
    <NextIntlClientProvider locale="sv" timeZone={timeZone} messages={messages}>
      {children}
    </NextIntlClientProvider>
  );
}
