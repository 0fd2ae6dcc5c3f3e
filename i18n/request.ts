import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { localeCookieName, localeSchema, timeZone, toLocale } from "@/i18n/config";
import { loadMessages } from "@/i18n/messages";

/**
 * Public pages carry their language in the URL (/… Swedish, /en/… English) and set it with
 * setRequestLocale, so they render statically; the signed-in workspace reads the cookie.
 */
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = localeSchema.safeParse(await requestLocale);
  const locale = requested.success ? requested.data : toLocale((await cookies()).get(localeCookieName)?.value);
  return { locale, messages: await loadMessages(locale), timeZone };
});
