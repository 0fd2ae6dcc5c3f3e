import { useTranslations } from "next-intl";
import type { IndicatorValue, OrganisationChange } from "@/lib/programmes/diff";

/**
 * Words an organisation's change summary (structured in lib/programmes/diff.ts) as one line:
 * "Ny ansvarig för 2.3; målvärdet för 1.2 ändrat från 30 % till 27 %". `names` resolves the
 * organisations a part mentions (a wound-up predecessor).
 */
export function useChangeSummary(): (change: OrganisationChange & { name: string }, names: Readonly<Record<string, string>>) => string {
  const t = useTranslations("changeSummary");
  const value = (v: IndicatorValue) => {
    const text = v.value.trim() === "" ? t("emptyValue") : v.value;
    return v.year === null ? text : t("valueWithYear", { value: text, year: String(v.year) });
  };
  return (change, names) => {
    // A revision that updates every baseline and target would make the line a page long: beyond
    // two, the values are named by action only (the decision page shows each before and after).
    const values = change.parts.filter((part) => part.kind === "indicatorValue");
    const collapse = values.length > 2;
    const valueItems = [...new Set(values.map((part) => part.item))];
    let collapsedShown = false;
    const parts = change.parts.flatMap((part) => {
      if (collapse && part.kind === "indicatorValue") {
        if (collapsedShown) return [];
        collapsedShown = true;
        return [t("indicatorValues", { items: valueItems.join(", ") })];
      }
      return [describe(part)];
    });
    const line = parts.join("; ");
    return line.charAt(0).toLocaleUpperCase("sv") + line.slice(1);

    function describe(part: OrganisationChange["parts"][number]): string {
      switch (part.kind) {
        case "succeeded":
          return t("succeeded", { predecessor: names[part.predecessorId] ?? "", organisation: change.name, items: part.items.join(", ") });
        case "fieldChanged":
          return t(`field.${part.field}`, { items: part.items.join(", ") });
        case "indicatorValue": {
          // A moved year alone shows the year on both sides, so the change is visible.
          const showYear = part.before.year !== part.after.year;
          const before = showYear ? value(part.before) : value({ ...part.before, year: null });
          const after = showYear ? value(part.after) : value({ ...part.after, year: null });
          return t(part.value, { item: part.item, before, after });
        }
        case "newItem":
        case "removedItem":
          return t(part.kind, { count: part.items.length, items: part.items.join(", ") });
        default:
          return t(part.kind, { items: part.items.join(", ") });
      }
    }
  };
}
