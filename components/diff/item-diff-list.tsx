import { useTranslations } from "next-intl";
import { FieldChangeTable } from "@/components/diff/field-change-table";
import type { ContentHashItem } from "@/lib/programmes/content-hash";
import type { IndicatorChange, ItemDiff, ResponsibilityChange } from "@/lib/programmes/diff";
import type { DiffNames } from "@/lib/programmes/types";

/**
 * Items added, removed and changed between two versions: fields side by side, moves between focus
 * areas, responsibility changes (organisation names, never ids) and indicator changes. Pure:
 * the diff and the name lookups in, JSX out; the public version history can use it as it is.
 */
export function ItemDiffList({ items, names, headingLevel = 3 }: { items: readonly ItemDiff[]; names: DiffNames; headingLevel?: 3 | 4 }) {
  const t = useTranslations("diff");
  if (items.length === 0) return <p>{t("noItemChanges")}</p>;
  return (
    <ol className="space-y-6" data-testid="item-diffs">
      {items.map((diff) => (
        <li key={diff.item.stableKey}>
          <ItemDiffCard diff={diff} names={names} headingLevel={headingLevel} />
        </li>
      ))}
    </ol>
  );
}

const kindLook: Record<ItemDiff["kind"], string> = {
  added: "border-green-800 bg-green-50 text-green-900",
  removed: "border-red-800 bg-red-50 text-red-900",
  changed: "border-sky-800 bg-sky-50 text-sky-900",
};

function ItemDiffCard({ diff, names, headingLevel }: { diff: ItemDiff; names: DiffNames; headingLevel: 3 | 4 }) {
  const t = useTranslations("diff");
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const organisation = (id: string) => names.organisations[id] ?? t("unknownOrganisation");
  const focusArea = (key: string) => names.focusAreas[key] ?? t("unknownFocusArea");
  return (
    <article className="space-y-3 rounded border border-slate-300 p-4" data-testid={`item-diff-${diff.kind}`}>
      <Heading className="text-lg font-semibold">
        <span className={`mr-2 inline-block rounded border px-2 py-0.5 text-sm ${kindLook[diff.kind]}`}>{t(`kinds.${diff.kind}`)}</span>
        {t("itemHeading", { number: diff.item.number, title: diff.item.title })}
      </Heading>
      <p className="text-sm">{t("inFocusArea", { focusArea: focusArea(diff.item.focusAreaKey) })}</p>
      {diff.kind === "added" && <ItemSummary item={diff.after} organisation={organisation} />}
      {diff.kind === "removed" && <ItemSummary item={diff.before} organisation={organisation} />}
      {diff.kind === "changed" && (
        <>
          {diff.moved !== null && (
            <p data-testid="item-moved">
              {t("moved", { from: focusArea(diff.moved.fromFocusAreaKey), to: focusArea(diff.moved.toFocusAreaKey) })}
            </p>
          )}
          <FieldChangeTable
            caption={t("itemFieldsCaption", { number: diff.item.number })}
            rows={diff.fields.map((f) => ({ key: f.field, label: t(`fields.${f.field}`), before: f.before, after: f.after }))}
          />
          {diff.responsibility !== null && <Responsibility change={diff.responsibility} organisation={organisation} />}
          {diff.indicators.length > 0 && <Indicators changes={diff.indicators} />}
        </>
      )}
    </article>
  );
}

function ItemSummary({ item, organisation }: { item: ContentHashItem; organisation: (id: string) => string }) {
  const t = useTranslations("diff");
  const lead = item.organisations.find((o) => o.lead === true);
  const responsible = item.organisations.filter((o) => o.role === "RESPONSIBLE" && o.lead !== true);
  const partners = item.organisations.filter((o) => o.role === "PARTNER");
  return (
    <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
      {item.description !== "" && (
        <>
          <dt className="font-semibold">{t("fields.description")}</dt>
          <dd className="whitespace-pre-wrap">{item.description}</dd>
        </>
      )}
      {lead !== undefined && (
        <>
          <dt className="font-semibold">{t("lead")}</dt>
          <dd>{organisation(lead.organisationId)}</dd>
        </>
      )}
      {responsible.length > 0 && (
        <>
          <dt className="font-semibold">{t("responsible")}</dt>
          <dd>{responsible.map((o) => organisation(o.organisationId)).join(", ")}</dd>
        </>
      )}
      {partners.length > 0 && (
        <>
          <dt className="font-semibold">{t("partners")}</dt>
          <dd>{partners.map((o) => organisation(o.organisationId)).join(", ")}</dd>
        </>
      )}
    </dl>
  );
}

function Responsibility({ change, organisation }: { change: ResponsibilityChange; organisation: (id: string) => string }) {
  const t = useTranslations("diff");
  const role = (value: string) => (value === "PARTNER" ? t("roles.PARTNER") : t("roles.RESPONSIBLE"));
  return (
    <div className="space-y-1" data-testid="responsibility-changes">
      <p className="font-semibold">{t("responsibilityTitle")}</p>
      <ul className="list-disc pl-6">
        {change.added.map((o) => (
          <li key={`added-${o.organisationId}`}>{t("responsibilityAdded", { organisation: organisation(o.organisationId), role: role(o.role) })}</li>
        ))}
        {change.removed.map((o) => (
          <li key={`removed-${o.organisationId}`}>
            {t("responsibilityRemoved", { organisation: organisation(o.organisationId), role: role(o.role) })}
          </li>
        ))}
        {change.roleChanged.map((o) => (
          <li key={`role-${o.organisationId}`}>
            {t("responsibilityRole", { organisation: organisation(o.organisationId), before: role(o.before), after: role(o.after) })}
          </li>
        ))}
        {change.replaced.map((o) => (
          <li key={`replaced-${o.before}`}>{t("responsibilityReplaced", { before: organisation(o.before), after: organisation(o.after), role: role(o.role) })}</li>
        ))}
        {change.lead !== null && (
          <li>
            {t("leadChanged", {
              before: change.lead.before === null ? t("none") : organisation(change.lead.before),
              after: change.lead.after === null ? t("none") : organisation(change.lead.after),
            })}
          </li>
        )}
      </ul>
    </div>
  );
}

function Indicators({ changes }: { changes: readonly IndicatorChange[] }) {
  const t = useTranslations("diff");
  const text = (value: string | number | null) => (value === null ? "" : String(value));
  return (
    <div className="space-y-2">
      <p className="font-semibold">{t("indicatorsTitle")}</p>
      <ul className="space-y-2">
        {changes.map((change) => (
          <li key={change.stableKey}>
            {change.kind === "added" && t("indicatorAdded", { name: change.after.name })}
            {change.kind === "removed" && t("indicatorRemoved", { name: change.before.name })}
            {change.kind === "changed" && (
              <>
                <p>{t("indicatorChanged", { name: change.after.name })}</p>
                <FieldChangeTable
                  caption={t("indicatorChanged", { name: change.after.name })}
                  rows={change.fields.map((field) => ({
                    key: field,
                    label: t(`indicatorFields.${field}`),
                    before: text(change.before[field]),
                    after: text(change.after[field]),
                  }))}
                />
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
