import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { localeCookieName, toLocale } from "@/i18n/config";
import { loadMessages } from "@/i18n/messages";

export default getRequestConfig(async () => {
  const locale = toLocale((await cookies()).get(localeCookieName)?.value);
  return { locale, messages: await loadMessages(locale), timeZone: "Europe/Stockholm" };
});
