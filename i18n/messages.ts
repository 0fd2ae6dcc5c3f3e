import type { Locale } from "@/i18n/config";
import type sv from "@/messages/sv.json";

export type Messages = typeof sv;

/** Loads one catalogue. English must have every key Swedish has (checked by the types below). */
export async function loadMessages(locale: Locale): Promise<Messages> {
  switch (locale) {
    case "sv":
      return (await import("@/messages/sv.json")).default;
    case "en": {
      const en: Messages = (await import("@/messages/en.json")).default;
      return en;
    }
  }
}

/**
 * The namespaces client components use; only these are sent to the browser. A new client
 * component that reads another namespace must add it here.
 */
export function pickClientMessages(messages: Messages): Pick<Messages, "layout" | "signIn" | "roles" | "errors" | "editor" | "items" | "focusAreas" | "organisationPicker" | "strategies" | "programmes" | "versions" | "validation"> {
  return { layout: messages.layout, signIn: messages.signIn, roles: messages.roles, errors: messages.errors, editor: messages.editor, items: messages.items, focusAreas: messages.focusAreas, organisationPicker: messages.organisationPicker, strategies: messages.strategies, programmes: messages.programmes, versions: messages.versions, validation: messages.validation };
}
