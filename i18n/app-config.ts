import type { Locale } from "@/i18n/config";
import type { Messages } from "@/i18n/messages";

// Typed message keys and locales for next-intl: a missing or misspelt key fails `npm run typecheck`.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
