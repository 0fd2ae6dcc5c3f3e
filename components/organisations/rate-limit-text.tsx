"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

/** "Försök igen om 23 minuter (kl. 11:00)": when a refused attempt may be made again. */
export function RateLimitText({ retryAfterSeconds, messageKey }: { retryAfterSeconds: number; messageKey: "invitations.rateLimited" | "rateLimit.signIn" }) {
  const t = useTranslations();
  // When the refusal was shown: fixed for the component's life, so re-renders do not move the time.
  const [shownAt] = useState(() => Date.now());
  const at = new Date(shownAt + retryAfterSeconds * 1000);
  const time = at.toLocaleTimeString("sv-SE", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Stockholm" });
  return <>{t(messageKey, { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)), time })}</>;
}
