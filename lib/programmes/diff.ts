import type {
  ContentHashFocusArea as FocusAreaContent,
  ContentHashIndicator as IndicatorContent,
  ContentHashInput as VersionContent,
  ContentHashItem as ItemContent,
} from "./content-hash";

/**
 * The structured diff between two versions of a programme: what a municipality wants to know
 * before it decides. Pure: a function of two version contents, matched by stable key, so it runs
 * the same for the coordinator's editor, the endorsement page and the public version history.
 */

export type FieldName =
  | "title"
  | "validity"
  | "substances"
  | "nationalStrategy"
  | "changeSummary"
  | "description"
  | "goals"
  | "number"
  | "timeframe"
  | "followUpText";

export type FieldChange = { field: FieldName; before: string; after: string };

export type IndicatorChange =
  | { kind: "added"; stableKey: string; after: IndicatorContent }
  | { kind: "removed"; stableKey: string; before: IndicatorContent }
  | { kind: "changed"; stableKey: string; before: IndicatorContent; after: IndicatorContent; fields: readonly IndicatorField[] };

export type IndicatorField = "name" | "unit" | "baseline" | "baselineYear" | "target" | "targetYear" | "dataSource";

export type ResponsibilityChange = {
  /** Organisations that became responsible (or partner) on this item. */
  added: readonly { organisationId: string; role: string }[];
  /** Organisations that are no longer responsible (or partner) on this item. */
  removed: readonly { organisationId: string; role: string }[];
  /** Organisations whose role on the item changed (partner ↔ responsible). */
  roleChanged: readonly { organisationId: string; before: string; after: string }[];
  /** Lead organisation before → after, when it changed. */
  lead: { before: string | null; after: string | null } | null;
};

export type ItemRef = { stableKey: string; number: string; title: string; focusAreaKey: string };

export type ItemDiff =
  | { kind: "added"; item: ItemRef; after: ItemContent }
  | { kind: "removed"; item: ItemRef; before: ItemContent }
  | {
      kind: "changed";
      item: ItemRef;
      before: ItemContent;
      after: ItemContent;
      fields: readonly FieldChange[];
      indicators: readonly IndicatorChange[];
      moved: { fromFocusAreaKey: string; toFocusAreaKey: string } | null;
      responsibility: ResponsibilityChange | null;
    };

export type FocusAreaDiff =
  | { kind: "added"; stableKey: string; title: string }
  | { kind: "removed"; stableKey: string; title: string }
  | { kind: "changed"; stableKey: string; title: string; fields: readonly FieldChange[] };

export type VersionDiff = {
  fields: readonly FieldChange[];
  focusAreas: readonly FocusAreaDiff[];
  items: readonly ItemDiff[];
  /** Organisations whose responsibilities changed: see `organisationsWithChangedResponsibility`. */
  organisationsAffected: readonly string[];
  isEmpty: boolean;
};

const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

function timeframeText(item: ItemContent): string {
  switch (item.timeframeKind) {
    case "YEARS":
      return `${item.startYear ?? ""}–${item.endYear ?? ""}`;
    case "DATES":
      return `${isoDate(item.startDate)}–${isoDate(item.endDate)}`;
    default:
      return "löpande";
  }
}

function pushIfChanged(changes: FieldChange[], field: FieldName, before: string, after: string) {
  if (before !== after) changes.push({ field, before, after });
}

function byKey<T extends { stableKey: string }>(rows: readonly T[]): Map<string, T> {
  return new Map(rows.map((row) => [row.stableKey, row]));
}

function itemsWithArea(content: VersionContent): Map<string, { item: ItemContent; area: FocusAreaContent }> {
  const map = new Map<string, { item: ItemContent; area: FocusAreaContent }>();
  for (const area of content.focusAreas) for (const item of area.items) map.set(item.stableKey, { item, area });
  return map;
}

function ref(item: ItemContent, area: FocusAreaContent): ItemRef {
  return { stableKey: item.stableKey, number: item.number, title: item.title, focusAreaKey: area.stableKey };
}

const indicatorFields: readonly IndicatorField[] = ["name", "unit", "baseline", "baselineYear", "target", "targetYear", "dataSource"];

function diffIndicators(before: readonly IndicatorContent[], after: readonly IndicatorContent[]): IndicatorChange[] {
  const changes: IndicatorChange[] = [];
  const afterByKey = byKey(after);
  const beforeByKey = byKey(before);
  for (const old of before) {
    const next = afterByKey.get(old.stableKey);
    if (!next) {
      changes.push({ kind: "removed", stableKey: old.stableKey, before: old });
      continue;
    }
    const fields = indicatorFields.filter((f) => old[f] !== next[f]);
    if (fields.length > 0) changes.push({ kind: "changed", stableKey: old.stableKey, before: old, after: next, fields });
  }
  for (const next of after) {
    if (!beforeByKey.has(next.stableKey)) changes.push({ kind: "added", stableKey: next.stableKey, after: next });
  }
  return changes;
}

function leadOf(item: ItemContent): string | null {
  return item.organisations.find((o) => o.lead === true)?.organisationId ?? null;
}

function diffResponsibility(before: ItemContent, after: ItemContent): ResponsibilityChange | null {
  const beforeRoles = new Map(before.organisations.map((o) => [o.organisationId, o.role]));
  const afterRoles = new Map(after.organisations.map((o) => [o.organisationId, o.role]));
  const added = after.organisations
    .filter((o) => !beforeRoles.has(o.organisationId))
    .map((o) => ({ organisationId: o.organisationId, role: o.role }));
  const removed = before.organisations
    .filter((o) => !afterRoles.has(o.organisationId))
    .map((o) => ({ organisationId: o.organisationId, role: o.role }));
  const roleChanged: { organisationId: string; before: string; after: string }[] = [];
  for (const [organisationId, role] of beforeRoles) {
    const next = afterRoles.get(organisationId);
    if (next !== undefined && next !== role) roleChanged.push({ organisationId, before: role, after: next });
  }
  const leadBefore = leadOf(before);
  const leadAfter = leadOf(after);
  const lead = leadBefore === leadAfter ? null : { before: leadBefore, after: leadAfter };
  if (added.length === 0 && removed.length === 0 && roleChanged.length === 0 && lead === null) return null;
  return { added, removed, roleChanged, lead };
}

function diffItemFields(before: ItemContent, after: ItemContent): FieldChange[] {
  const fields: FieldChange[] = [];
  pushIfChanged(fields, "number", before.number, after.number);
  pushIfChanged(fields, "title", before.title, after.title);
  pushIfChanged(fields, "description", before.description, after.description);
  pushIfChanged(fields, "timeframe", timeframeText(before), timeframeText(after));
  pushIfChanged(fields, "followUpText", before.followUpText, after.followUpText);
  return fields;
}

function diffVersionFields(before: VersionContent, after: VersionContent): FieldChange[] {
  const fields: FieldChange[] = [];
  pushIfChanged(fields, "title", before.title, after.title);
  pushIfChanged(
    fields,
    "validity",
    `${isoDate(before.validFrom)}–${isoDate(before.validTo)}`,
    `${isoDate(after.validFrom)}–${isoDate(after.validTo)}`,
  );
  pushIfChanged(fields, "substances", [...before.substances].sort().join(", "), [...after.substances].sort().join(", "));
  pushIfChanged(fields, "nationalStrategy", before.nationalStrategyId, after.nationalStrategyId);
  pushIfChanged(fields, "changeSummary", before.changeSummary, after.changeSummary);
  return fields;
}

function diffFocusAreas(before: VersionContent, after: VersionContent): FocusAreaDiff[] {
  const result: FocusAreaDiff[] = [];
  const afterByKey = byKey(after.focusAreas);
  const beforeByKey = byKey(before.focusAreas);
  for (const old of before.focusAreas) {
    const next = afterByKey.get(old.stableKey);
    if (!next) {
      result.push({ kind: "removed", stableKey: old.stableKey, title: old.title });
      continue;
    }
    const fields: FieldChange[] = [];
    pushIfChanged(fields, "title", old.title, next.title);
    pushIfChanged(fields, "description", old.description, next.description);
    pushIfChanged(fields, "goals", [...old.goalNumbers].sort((a, b) => a - b).join(", "), [...next.goalNumbers].sort((a, b) => a - b).join(", "));
    if (fields.length > 0) result.push({ kind: "changed", stableKey: old.stableKey, title: next.title, fields });
  }
  for (const next of after.focusAreas) {
    if (!beforeByKey.has(next.stableKey)) result.push({ kind: "added", stableKey: next.stableKey, title: next.title });
  }
  return result;
}

/** Organisations involved with an item in any role. */
function involved(item: ItemContent): string[] {
  return item.organisations.map((o) => o.organisationId);
}

function responsibleOrganisations(item: ItemContent): string[] {
  return item.organisations.filter((o) => o.role === "RESPONSIBLE").map((o) => o.organisationId);
}

/**
 * The organisations whose responsibilities changed: responsible for an added or removed item,
 * added to / removed from / changed role on an item, lead moved to or from them, or responsible
 * for an item whose content changed. A revision asks these organisations to endorse again.
 */
function organisationsWithChangedResponsibility(items: readonly ItemDiff[]): string[] {
  const affected = new Set<string>();
  for (const diff of items) {
    if (diff.kind === "added") responsibleOrganisations(diff.after).forEach((id) => affected.add(id));
    else if (diff.kind === "removed") responsibleOrganisations(diff.before).forEach((id) => affected.add(id));
    else {
      const r = diff.responsibility;
      if (r) {
        for (const o of [...r.added, ...r.removed]) if (o.role === "RESPONSIBLE") affected.add(o.organisationId);
        for (const o of r.roleChanged) affected.add(o.organisationId);
        if (r.lead?.before) affected.add(r.lead.before);
        if (r.lead?.after) affected.add(r.lead.after);
      }
      if (diff.fields.length > 0 || diff.indicators.length > 0) {
        responsibleOrganisations(diff.after).forEach((id) => affected.add(id));
      }
    }
  }
  return [...affected].sort();
}

export function diffVersions(before: VersionContent, after: VersionContent): VersionDiff {
  const beforeItems = itemsWithArea(before);
  const afterItems = itemsWithArea(after);
  const items: ItemDiff[] = [];

  // Walk in the order of the newer version, then the removed ones in the older version's order.
  for (const { item: next, area: nextArea } of afterItems.values()) {
    const old = beforeItems.get(next.stableKey);
    if (!old) {
      items.push({ kind: "added", item: ref(next, nextArea), after: next });
      continue;
    }
    const fields = diffItemFields(old.item, next);
    const indicators = diffIndicators(old.item.indicators, next.indicators);
    const moved =
      old.area.stableKey === nextArea.stableKey ? null : { fromFocusAreaKey: old.area.stableKey, toFocusAreaKey: nextArea.stableKey };
    const responsibility = diffResponsibility(old.item, next);
    if (fields.length > 0 || indicators.length > 0 || moved || responsibility) {
      items.push({ kind: "changed", item: ref(next, nextArea), before: old.item, after: next, fields, indicators, moved, responsibility });
    }
  }
  for (const { item: old, area } of beforeItems.values()) {
    if (!afterItems.has(old.stableKey)) items.push({ kind: "removed", item: ref(old, area), before: old });
  }

  const fields = diffVersionFields(before, after);
  const focusAreas = diffFocusAreas(before, after);
  return {
    fields,
    focusAreas,
    items,
    organisationsAffected: organisationsWithChangedResponsibility(items),
    isEmpty: fields.length === 0 && focusAreas.length === 0 && items.length === 0,
  };
}

/** "What changed for my organisation": the item changes that involve it, before or after. */
export function diffForOrganisation(diff: VersionDiff, organisationId: string): ItemDiff[] {
  return diff.items.filter((d) => {
    if (d.kind === "added") return involved(d.after).includes(organisationId);
    if (d.kind === "removed") return involved(d.before).includes(organisationId);
    return involved(d.before).includes(organisationId) || involved(d.after).includes(organisationId);
  });
}
