import { useTranslations } from "next-intl";
import type { ProgrammeAuditPage } from "@/lib/programmes/types";

/** "Visa händelser" for one action and/or one person: a plain GET form, works without JavaScript. */
export function AuditFilter({ action, filter }: { action: string; filter: ProgrammeAuditPage["filter"] }) {
  const t = useTranslations("auditLog");
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-3" aria-label={t("filterTitle")}>
      <div className="flex min-w-0 flex-col">
        <label htmlFor="audit-action">{t("filterAction")}</label>
        <select id="audit-action" name="atgard" defaultValue={filter.stableKey ?? ""} className="max-w-full min-h-11 rounded border border-slate-600 px-2">
          <option value="">{t("filterAll")}</option>
          {filter.actions.map((item) => (
            <option key={item.stableKey} value={item.stableKey}>
              {item.number} {item.title}
            </option>
          ))}
        </select>
      </div>
      <div className="flex min-w-0 flex-col">
        <label htmlFor="audit-person">{t("filterPerson")}</label>
        <select id="audit-person" name="person" defaultValue={filter.actorId ?? ""} className="max-w-full min-h-11 rounded border border-slate-600 px-2">
          <option value="">{t("filterAll")}</option>
          {filter.people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="min-h-11 rounded bg-slate-800 px-4 text-white">
        {t("filterSubmit")}
      </button>
      {filter.isFiltered && (
        <a href={action} className="min-h-11 content-center underline">
          {t("filterReset")}
        </a>
      )}
    </form>
  );
}
