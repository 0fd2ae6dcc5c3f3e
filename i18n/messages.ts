import type { Locale } from "@/i18n/config";
import type coreSv from "@/messages/sv.json";
import type accountsSv from "@/messages/accounts.sv.json";
import type askingSv from "@/messages/asking.sv.json";
import type auditLogSv from "@/messages/audit-log.sv.json";
import type commentsSv from "@/messages/comments.sv.json";
import type consultationsSv from "@/messages/consultations.sv.json";
import type decisionBasisSv from "@/messages/decision-basis.sv.json";
import type directorySv from "@/messages/directory.sv.json";
import type documentsSv from "@/messages/documents.sv.json";
import type editingSv from "@/messages/editing.sv.json";
import type flowSv from "@/messages/flow.sv.json";
import type followUpSv from "@/messages/follow-up.sv.json";
import type importsSv from "@/messages/imports.sv.json";

/**
 * The catalogue is split by feature (messages/sv.json is the core; messages/<feature>.<locale>.json
 * the rest) so that work on different features does not edit the same file. Namespaces must not
 * repeat across files: a later file would silently replace an earlier one's namespace.
 */
export type Messages = typeof coreSv & typeof accountsSv & typeof askingSv & typeof auditLogSv & typeof commentsSv & typeof consultationsSv & typeof decisionBasisSv & typeof directorySv & typeof documentsSv & typeof editingSv & typeof flowSv & typeof followUpSv & typeof importsSv;

const loaded = new Map<Locale, Promise<Messages>>();

/**
 * One catalogue, read once per process in production (it is part of the build, and every request
 * read and merged its 13 files again); pages share it and never change it. In development each
 * request reads the files, so an edited message shows on the next load.
 */
export function loadMessages(locale: Locale): Promise<Messages> {
  if (process.env.NODE_ENV !== "production") return readMessages(locale);
  const kept =
    loaded.get(locale) ??
    readMessages(locale).catch((error: unknown) => {
      loaded.delete(locale);
      throw error;
    });
  loaded.set(locale, kept);
  return kept;
}

/** Reads one catalogue. English must have every key Swedish has (checked by the types below). */
async function readMessages(locale: Locale): Promise<Messages> {
  switch (locale) {
    case "sv": {
      const [core, accounts, asking, auditLog, comments, consultations, decisionBasis, directory, documents, editing, flow, followUp, imports] = await Promise.all([
        import("@/messages/sv.json"),
        import("@/messages/accounts.sv.json"),
        import("@/messages/asking.sv.json"),
        import("@/messages/audit-log.sv.json"),
        import("@/messages/comments.sv.json"),
        import("@/messages/consultations.sv.json"),
        import("@/messages/decision-basis.sv.json"),
        import("@/messages/directory.sv.json"),
        import("@/messages/documents.sv.json"),
        import("@/messages/editing.sv.json"),
        import("@/messages/flow.sv.json"),
        import("@/messages/follow-up.sv.json"),
        import("@/messages/imports.sv.json"),
      ]);
      return { ...core.default, ...accounts.default, ...asking.default, ...auditLog.default, ...comments.default, ...consultations.default, ...decisionBasis.default, ...directory.default, ...documents.default, ...editing.default, ...flow.default, ...followUp.default, ...imports.default };
    }
    case "en": {
      const [core, accounts, asking, auditLog, comments, consultations, decisionBasis, directory, documents, editing, flow, followUp, imports] = await Promise.all([
        import("@/messages/en.json"),
        import("@/messages/accounts.en.json"),
        import("@/messages/asking.en.json"),
        import("@/messages/audit-log.en.json"),
        import("@/messages/comments.en.json"),
        import("@/messages/consultations.en.json"),
        import("@/messages/decision-basis.en.json"),
        import("@/messages/directory.en.json"),
        import("@/messages/documents.en.json"),
        import("@/messages/editing.en.json"),
        import("@/messages/flow.en.json"),
        import("@/messages/follow-up.en.json"),
        import("@/messages/imports.en.json"),
      ]);
      const en: Messages = { ...core.default, ...accounts.default, ...asking.default, ...auditLog.default, ...comments.default, ...consultations.default, ...decisionBasis.default, ...directory.default, ...documents.default, ...editing.default, ...flow.default, ...followUp.default, ...imports.default };
      return en;
    }
  }
}

/**
 * The namespaces client components use; only these go to the browser, from the files
 * `npm run i18n:client` writes (i18n/generated/, see i18n/client-messages.ts). A new client
 * component that reads another namespace must add it here (one line per namespace); after any
 * change here or to one of these messages, run `npm run i18n:client` (npm test fails until then).
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
    // comments (messages/comments.*.json)
    comments: messages.comments,
    // editing many actions (messages/editing.*.json)
    editing: messages.editing,
    imports: messages.imports,
    // asking (messages/asking.*.json)
    askSend: messages.askSend,
    confirmSteps: messages.confirmSteps,
  } satisfies Partial<Messages>;
}
