import type { Locale } from "@/i18n/config";
import { loadMessages, pickClientMessages } from "@/i18n/messages";

/** Where the client components' messages of `locale` are kept (relative to the project root). */
export function clientMessagesFile(locale: Locale): string {
  return `i18n/generated/client-messages.${locale}.json`;
}

/** The content that file must have: the client namespaces of the catalogue, as JSON. */
export async function clientMessagesText(locale: Locale): Promise<string> {
  return `${JSON.stringify(pickClientMessages(await loadMessages(locale)), null, 2)}\n`;
}
