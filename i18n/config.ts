import { z } from "zod";

/** Swedish first: the default and the complete catalogue. English second. */
export const locales = ["sv", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "sv";

/** The interface language lives in a cookie (no locale in the URL). */
export const localeCookieName = "lansplan-locale";
export const localeCookieMaxAgeSeconds = 365 * 24 * 60 * 60;

export const localeSchema = z.enum(locales);

/** Dates and times are shown as in Sweden, whatever the server's or the browser's zone. */
export const timeZone = "Europe/Stockholm";

export function toLocale(value: unknown): Locale {
  const parsed = localeSchema.safeParse(value);
  return parsed.success ? parsed.data : defaultLocale;
}
