import type { Locale } from "@/i18n/config";
import type accountsSv from "@/messages/accounts.sv.json";
import type consultationsSv from "@/messages/consultations.sv.json";
import type followUpSv from "@/messages/follow-up.sv.json";
import type coreSv from "@/messages/sv.json";
import type documentsSv from "@/messages/documents.sv.json";

/**
 * The catalogue is split by feature (messages/sv.json is the core; messages/<feature>.<locale>.json
 * the rest) so that work on different features does not edit the same file. Namespaces must not
 * repeat across files: a later file would silently replace an earlier one's namespace.
 */
export type Messages = typeof coreSv & typeof consultationsSv & typeof accountsSv & typeof followUpSv & typeof documentsSv;

/** Loads one catalogue. English must have every key Swedish has (checked by the types below). */
export async function loadMessages(locale: Locale): Promise<Messages> {
  switch (locale) {
    case "sv": {
      const [core, consultations, accounts, followUp, documents] = await Promise.all([
        import("@/messages/sv.json"),
        import("@/messages/consultations.sv.json"),
        import("@/messages/accounts.sv.json"),
        import("@/messages/follow-up.sv.json"),
        import("@/messages/documents.sv.json"),
      ]);
      return { ...core.default, ...consultations.default, ...accounts.default, ...followUp.default, ...documents.default };
    }
    case "en": {
      const [core, consultations, accounts, followUp, documents] = await Promise.all([
        import("@/messages/en.json"),
        import("@/messages/consultations.en.json"),
        import("@/messages/accounts.en.json"),
        import("@/messages/follow-up.en.json"),
        import("@/messages/documents.en.json"),
      ]);
      const en: Messages = { ...core.default, ...consultations.default, ...accounts.default, ...followUp.default, ...documents.default };
      return en;
    }
  }
}

/**
 * The namespaces client components use; only these are sent to the browser. A new client
 * component that reads another namespace must add it here (one line per namespace).
 */
export function pickClientMessages(messages: Messages) {
  return {
    layout: messages.layout,
    signIn: messages.signIn,
    roles: messages.roles,
    errors: messages.errors,
    editor: messages.editor,
    items: messages.items,
    focusAreas: messages.focusAreas,
    organisationPicker: messages.organisationPicker,
    strategies: messages.strategies,
    programmes: messages.programmes,
    versions: messages.versions,
    validation: messages.validation,
    consultations: messages.consultations,
    endorsements: messages.endorsements,
    inbox: messages.inbox,
    // accounts (messages/accounts.*.json)
    organisations: messages.organisations,
    members: messages.members,
    invitations: messages.invitations,
    delegations: messages.delegations,
    accountForms: messages.accountForms,
    sessionTimeout: messages.sessionTimeout,
    oidc: messages.oidc,
    rateLimit: messages.rateLimit,
    followUp: messages.followUp,
    followUpStatus: messages.followUpStatus,
    followUpValidation: messages.followUpValidation,
    followUpErrors: messages.followUpErrors,
  } satisfies Partial<Messages>;
}
