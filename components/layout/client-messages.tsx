"use client";

import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { timeZone, type Locale } from "@/i18n/config";
import en from "@/i18n/generated/client-messages.en.json";
import sv from "@/i18n/generated/client-messages.sv.json";

const catalogues = { sv, en } as const;

/**
 * The client components' messages, from files bundled with their code (npm run i18n:client
 * writes them): the browser loads them once with the code and keeps them (both languages, 39 kB
 * gzipped, cached like the rest of the code) rather than reading 65 kB of messages in every
 * signed-in page's HTML; and the server no longer serialises them for every request (about a
 * third of a signed-in page's fixed cost, npm run bench:workspace).
 */
export function ClientMessages({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <NextIntlClientProvider locale={locale} timeZone={timeZone} messages={catalogues[locale]}>
      {children}
    </NextIntlClientProvider>
  );
}
