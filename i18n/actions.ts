"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { localeCookieMaxAgeSeconds, localeCookieName, localeSchema } from "@/i18n/config";
import { defineAction } from "@/lib/actions/define-action";
import { getServerEnv } from "@/lib/env";

const setLocale = defineAction({
  name: "locale.set",
  input: z.object({ locale: localeSchema }),
  access: "public",
  run: async ({ locale }) => {
    (await cookies()).set(localeCookieName, locale, {
      path: "/",
      maxAge: localeCookieMaxAgeSeconds,
      sameSite: "lax",
      httpOnly: true,
      // Like next-auth's cookies: Secure whenever the app is served over https (always in production).
      secure: (getServerEnv().NEXTAUTH_URL ?? "").startsWith("https://"),
    });
    return { locale };
  },
});

/** The language switch's form action. Works without JavaScript; the page re-renders in the new language. */
export async function setLocaleAction(formData: FormData): Promise<void> {
  // An unknown locale is refused by the schema and changes nothing: the page simply stays as it was.
  await setLocale(formData);
}
