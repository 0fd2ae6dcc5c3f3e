import { useFormatter, useTranslations } from "next-intl";
import { versionStatuses } from "@/lib/programmes/lifecycle";
import type { AuditEntry, VersionStatus } from "@/lib/programmes/types";
import { ScrollRegion } from "@/components/ui/scroll-region";

const isVersionStatus = (value: string): value is VersionStatus => versionStatuses.some((s) => s === value);

// Catalogue keys cannot contain dots (next-intl nests on them): "version.withdraw" → "version_withdraw".
const actionKeys = {
  "programme.create": "programme_create",
  "version.updateFields": "version_updateFields",
  "version.withdraw": "version_withdraw",
  "version.startRevision": "version_startRevision",
  "version.startExtension": "version_startExtension",
  "focusArea.create": "focusArea_create",
  "focusArea.update": "focusArea_update",
  "focusArea.reorder": "focusArea_reorder",
  "focusArea.delete": "focusArea_delete",
  "actionItem.create": "actionItem_create",
  "actionItem.update": "actionItem_update",
  "actionItem.delete": "actionItem_delete",
  "actionItem.reorder": "actionItem_reorder",
  "actionItem.move": "actionItem_move",
  "consultation.open": "consultation_open",
  "consultation.respond": "consultation_respond",
  "consultation.dispose": "consultation_dispose",
  "consultation.close": "consultation_close",
  "endorsement.request": "endorsement_request",
  "endorsement.decide": "endorsement_decide",
  "endorsement.correct": "endorsement_correct",
  "version.reopen": "version_reopen",
  "version.ratify": "version_ratify",
  "version.publish": "version_publish",
  "comment.add": "comment_add",
  "comment.reply": "comment_reply",
  "comment.resolve": "comment_resolve",
  "comment.reopen": "comment_reopen",
  "reviewer.invite": "reviewer_invite",
  "reviewer.remove": "reviewer_remove",
} as const;
type KnownAction = keyof typeof actionKeys;
const isKnownAction = (action: string): action is KnownAction => Object.hasOwn(actionKeys, action);

const knownFields = [
  "title",
  "validFrom",
  "validTo",
  "substances",
  "nationalStrategyId",
  "changeSummary",
  "status",
  "versionNumber",
  "kind",
  "number",
  "description",
  "timeframeKind",
  "startYear",
  "endYear",
  "startDate",
  "endDate",
  "followUpText",
  "organisations",
  "indicators",
  "goals",
  "position",
] as const;
type KnownField = (typeof knownFields)[number];
const isKnownField = (field: string): field is KnownField => knownFields.some((f) => f === field);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function plain(value: unknown): string {
  if (value === null || value === undefined || value === "") return "–";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/**
 * A programme's audit trail, newest first: who, what (a Swedish label per action), when, and the
 * values before → after. Actions this component does not know show their technical name.
 */
export function AuditTrail({
  entries,
  nationalStrategies,
}: {
  entries: readonly AuditEntry[];
  nationalStrategies: Readonly<Record<string, string>>;
}) {
  const t = useTranslations("audit");
  const tStatus = useTranslations("status");
  const format = useFormatter();
  // Ids and codes in words: a national strategy by name, a status as the interface says it.
  const display = (field: string, value: unknown): string => {
    if (field === "nationalStrategyId" && typeof value === "string") return nationalStrategies[value] ?? value;
    if (field === "status" && typeof value === "string" && isVersionStatus(value)) return tStatus(value);
    return plain(value);
  };
  if (entries.length === 0) return <p>{t("empty")}</p>;
  return (
    <ScrollRegion label={t("title")}>
      <table className="w-full border-collapse text-left" data-testid="audit-trail">
        <caption className="sr-only">{t("title")}</caption>
        <thead>
          <tr className="border-b-2 border-slate-600">
            <th scope="col" className="py-2 pr-3">{t("columns.when")}</th>
            <th scope="col" className="py-2 pr-3">{t("columns.who")}</th>
            <th scope="col" className="py-2 pr-3">{t("columns.what")}</th>
            <th scope="col" className="py-2">{t("columns.change")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const before = isRecord(entry.before) ? entry.before : {};
            const after = isRecord(entry.after) ? entry.after : {};
            // A change shows only what differs; a creation or deletion shows what it had.
            const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
              (field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]),
            );
            return (
              <tr key={entry.id} className="border-b border-slate-300 align-top">
                <td className="py-2 pr-3 whitespace-nowrap">
                  <time dateTime={entry.at.toISOString()}>{format.dateTime(entry.at, { dateStyle: "short", timeStyle: "short" })}</time>
                </td>
                <td className="py-2 pr-3">
                  {entry.actorName ?? t("unknownActor")}
                  {entry.actorEmail !== null && <span className="block text-sm text-slate-700">{entry.actorEmail}</span>}
                </td>
                <td className="py-2 pr-3">
                  {isKnownAction(entry.action) ? t(`actions.${actionKeys[entry.action]}`) : t("otherAction", { action: entry.action })}
                  {entry.versionNumber !== null && <span className="block text-sm text-slate-700">{t("version", { number: entry.versionNumber })}</span>}
                </td>
                <td className="py-2">
                  {fields.length === 0 ? (
                    "–"
                  ) : (
                    <dl className="space-y-1">
                      {fields.map((field) => (
                        <div key={field}>
                          <dt className="inline font-semibold">{isKnownField(field) ? t(`fields.${field}`) : field}: </dt>
                          <dd className="inline break-words">
                            {display(field, before[field])} <span aria-hidden="true">→</span>
                            <span className="sr-only">{t("to")}</span> {display(field, after[field])}
                          </dd>
                        </div>
                      ))}
                    </dl>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
