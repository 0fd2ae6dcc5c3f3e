import { useTranslations } from "next-intl";
import { FieldChangeTable } from "@/components/diff/field-change-table";
import { ItemDiffList } from "@/components/diff/item-diff-list";
import type { FieldChange, VersionDiff } from "@/lib/programmes/diff";
import type { DiffNames } from "@/lib/programmes/types";

/**
 * The whole structured diff between two versions: version fields, focus areas, items. Pure
 * (diff and names in, JSX out), for the workspace and, later, the public version history.
 */
export function VersionDiffView({ diff, names }: { diff: VersionDiff; names: DiffNames }) {
  const t = useTranslations("diff");
  if (diff.isEmpty) return <p data-testid="diff-empty">{t("noChanges")}</p>;
  const counts = {
    added: diff.items.filter((d) => d.kind === "added").length,
    removed: diff.items.filter((d) => d.kind === "removed").length,
    changed: diff.items.filter((d) => d.kind === "changed").length,
  };
  const fieldValue = (change: FieldChange, value: string) =>
    change.field === "nationalStrategy" ? (names.nationalStrategies[value] ?? value) : value;
  return (
    <div className="space-y-8">
      <p data-testid="diff-summary">{t("summary", counts)}</p>
      <section aria-labelledby="diff-fields" className="space-y-3">
        <h2 id="diff-fields" className="text-2xl">
          {t("versionFieldsTitle")}
        </h2>
        {diff.fields.length === 0 ? (
          <p>{t("noFieldChanges")}</p>
        ) : (
          <FieldChangeTable
            caption={t("versionFieldsTitle")}
            rows={diff.fields.map((change) => ({
              key: change.field,
              label: t(`fields.${change.field}`),
              before: fieldValue(change, change.before),
              after: fieldValue(change, change.after),
            }))}
          />
        )}
      </section>
      <section aria-labelledby="diff-focus-areas" className="space-y-3">
        <h2 id="diff-focus-areas" className="text-2xl">
          {t("focusAreasTitle")}
        </h2>
        {diff.focusAreas.length === 0 ? (
          <p>{t("noFocusAreaChanges")}</p>
        ) : (
          <ul className="space-y-4">
            {diff.focusAreas.map((area) => (
              <li key={area.stableKey} className="space-y-2">
                <p>{t(`focusArea.${area.kind}`, { title: area.title })}</p>
                {area.kind === "changed" && (
                  <FieldChangeTable
                    caption={t(`focusArea.changed`, { title: area.title })}
                    rows={area.fields.map((f) => ({ key: f.field, label: t(`fields.${f.field}`), before: f.before, after: f.after }))}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="diff-items" className="space-y-3">
        <h2 id="diff-items" className="text-2xl">
          {t("itemsTitle")}
        </h2>
        <ItemDiffList items={diff.items} names={names} />
      </section>
    </div>
  );
}
