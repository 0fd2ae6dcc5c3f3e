"use client";

import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { timeZone } from "@/i18n/config";
import messages from "@/i18n/generated/client-messages.en.json";

/** The English messages of the client components (see client-messages-sv.tsx). */
export function EnglishClientMessages({ children }: { children: ReactNode }) {
  return (
    <NextIntlClientProvider locale="en" timeZone={timeZone} messages={messages}>
      {children}
    </NextIntlClientProvider>
  );
}
