import { useFormatter, useTranslations } from "next-intl";
import { sentenceValues } from "@/lib/audit/sentences";
import type { AuditEntry } from "@/lib/programmes/types";

/**
 * A programme's audit trail, newest first, as plain sentences ("Lena Bergqvist ändrade målvärdet
 * för 1.2 från 30 % till 27 %"): names instead of ids, codes in words, long texts in full below
 * their sentence. A list, not a table, so nothing is cut off on a phone.
 */
export function AuditTrail({ entries }: { entries: readonly AuditEntry[] }) {
  const t = useTranslations("auditLog");
  const format = useFormatter();
  const formatDate = (day: string) => format.dateTime(new Date(`${day}T12:00:00Z`), { dateStyle: "long" });
  return (
    <ol className="space-y-3" data-testid="audit-trail">
      {entries.map((entry) => {
        const actor = entry.actorName ?? entry.actorEmail ?? t("unknownActor");
        return (
          <li key={entry.id} className="border-b border-slate-300 pb-3">
            {entry.sentences.map((sentence, index) => (
              <div key={index}>
                <p className="break-words">{t(`sentences.${sentence.key}`, sentenceValues(sentence, actor, formatDate))}</p>
                {sentence.detail !== undefined && (
                  <div className="mt-1 space-y-1 border-l-4 border-slate-300 pl-3 text-slate-800">
                    {sentence.detail.before !== null && (
                      <p className="break-words whitespace-pre-wrap">
                        <span className="font-semibold">{t("before")}: </span>
                        {sentence.detail.before}
                      </p>
                    )}
                    {sentence.detail.after !== null && (
                      <p className="break-words whitespace-pre-wrap">
                        {sentence.detail.before !== null && <span className="font-semibold">{t("after")}: </span>}
                        {sentence.detail.after}
                      </p>
                    )}
                  </div>
                )}
              </div>
            ))}
            <p className="mt-1 text-sm text-slate-700">
              <time dateTime={entry.at.toISOString()}>{format.dateTime(entry.at, { dateStyle: "long", timeStyle: "short" })}</time>
              {entry.versionNumber !== null && <> · {t("version", { number: entry.versionNumber })}</>}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
