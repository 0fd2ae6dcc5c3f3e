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
  /**
   * A wound-up organisation replaced by its successor (Landstinget Sörmland → Region Sörmland):
   * reported here instead of as one removal and one addition.
   */
  replaced: readonly { before: string; after: string; role: string }[];
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
  /** Organisations whose commitments changed (ids, sorted): the keys of `organisationChanges`. */
  organisationsAffected: readonly string[];
  /** For each organisation whose commitments changed, what changed for it (see `changesByOrganisation`). */
  organisationChanges: readonly OrganisationChange[];
  isEmpty: boolean;
};

export type DiffOptions = {
  /**
   * Wound-up organisation id → the id of its current successor. A predecessor in the older
   * version and its successor in the newer one are one organisation renamed, not a removal and
   * an addition; the predecessor is never an affected organisation.
   */
  successorOf?: ReadonlyMap<string, string>;
};

/** One part of an organisation's change summary; item numbers are those of the newer version (the older for removed items). */
export type OrganisationChangePart =
  | { kind: "newItem" | "removedItem" | "becameResponsible" | "noLongerResponsible" | "becamePartner" | "noLongerPartner" | "becameLead" | "noLongerLead"; items: readonly string[] }
  | { kind: "succeeded"; predecessorId: string; items: readonly string[] }
  | { kind: "fieldChanged"; field: Extract<FieldName, "title" | "description" | "timeframe" | "followUpText">; items: readonly string[] }
  | { kind: "indicatorValue"; item: string; indicator: string; value: "target" | "baseline"; before: IndicatorValue; after: IndicatorValue }
  | { kind: "indicatorAdded" | "indicatorRemoved" | "indicatorChanged"; items: readonly string[] };

export type IndicatorValue = { value: string; year: number | null };

/** What changed for one organisation: the data of its one-line summary, parts in a fixed order. */
export type OrganisationChange = { organisationId: string; parts: readonly OrganisationChangePart[] };

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

function diffResponsibility(before: ItemContent, after: ItemContent, successorOf: ReadonlyMap<string, string>): ResponsibilityChange | null {
  const beforeRoles = new Map(before.organisations.map((o) => [o.organisationId, o.role]));
  const afterRoles = new Map(after.organisations.map((o) => [o.organisationId, o.role]));
  // A predecessor that left and whose successor arrived (or already was there) was renamed, not removed.
  const replaced = before.organisations.flatMap((o) => {
    const successor = successorOf.get(o.organisationId);
    return successor !== undefined && !afterRoles.has(o.organisationId) && afterRoles.has(successor) && !beforeRoles.has(successor)
      ? [{ before: o.organisationId, after: successor, role: afterRoles.get(successor) ?? o.role }]
      : [];
  });
  const replacedBefore = new Set(replaced.map((r) => r.before));
  const replacedAfter = new Set(replaced.map((r) => r.after));
  const added = after.organisations
    .filter((o) => !beforeRoles.has(o.organisationId) && !replacedAfter.has(o.organisationId))
    .map((o) => ({ organisationId: o.organisationId, role: o.role }));
  const removed = before.organisations
    .filter((o) => !afterRoles.has(o.organisationId) && !replacedBefore.has(o.organisationId))
    .map((o) => ({ organisationId: o.organisationId, role: o.role }));
  const roleChanged: { organisationId: string; before: string; after: string }[] = [];
  for (const [organisationId, role] of beforeRoles) {
    const next = afterRoles.get(organisationId);
    if (next !== undefined && next !== role) roleChanged.push({ organisationId, before: role, after: next });
  }
  const leadBefore = leadOf(before);
  const leadAfter = leadOf(after);
  const leadRenamed = leadBefore !== null && leadAfter !== null && successorOf.get(leadBefore) === leadAfter;
  const lead = leadBefore === leadAfter || leadRenamed ? null : { before: leadBefore, after: leadAfter };
  if (added.length === 0 && removed.length === 0 && roleChanged.length === 0 && lead === null && replaced.length === 0) return null;
  return { added, removed, roleChanged, lead, replaced };
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

/** The content fields whose change is a change of commitment (renumbering and moving are not). */
const commitmentFields = ["title", "description", "timeframe", "followUpText"] as const;
const isCommitmentField = (field: FieldName): field is (typeof commitmentFields)[number] => commitmentFields.some((f) => f === field);

const valueFields: readonly IndicatorField[] = ["target", "targetYear", "baseline", "baselineYear"];

type ListKind = Exclude<OrganisationChangePart["kind"], "succeeded" | "fieldChanged" | "indicatorValue">;
const listOrder: readonly ListKind[] = ["newItem", "becameResponsible", "becamePartner", "becameLead", "noLongerLead", "noLongerResponsible", "noLongerPartner", "removedItem"];

/** Collects the parts of every organisation's summary, one list of item numbers per kind. */
class ChangeCollector {
  private readonly lists = new Map<string, Map<string, string[]>>();
  private readonly values = new Map<string, OrganisationChangePart[]>();

  add(organisationId: string, key: string, item: string) {
    const byKey = this.lists.get(organisationId) ?? new Map<string, string[]>();
    this.lists.set(organisationId, byKey);
    const items = byKey.get(key) ?? [];
    if (!items.includes(item)) items.push(item);
    byKey.set(key, items);
  }

  addValue(organisationId: string, part: OrganisationChangePart) {
    this.values.set(organisationId, [...(this.values.get(organisationId) ?? []), part]);
  }

  result(): OrganisationChange[] {
    const ids = [...new Set([...this.lists.keys(), ...this.values.keys()])].sort();
    return ids.map((organisationId) => {
      const byKey = this.lists.get(organisationId) ?? new Map<string, string[]>();
      const parts: OrganisationChangePart[] = [];
      for (const [key, items] of byKey) if (key.startsWith("succeeded:")) parts.push({ kind: "succeeded", predecessorId: key.slice("succeeded:".length), items });
      for (const kind of listOrder) {
        const items = byKey.get(kind);
        if (items !== undefined) parts.push({ kind, items });
      }
      for (const field of commitmentFields) {
        const items = byKey.get(`field:${field}`);
        if (items !== undefined) parts.push({ kind: "fieldChanged", field, items });
      }
      parts.push(...(this.values.get(organisationId) ?? []));
      for (const kind of ["indicatorAdded", "indicatorRemoved", "indicatorChanged"] as const) {
        const items = byKey.get(kind);
        if (items !== undefined) parts.push({ kind, items });
      }
      return { organisationId, parts };
    });
  }
}

function collectResponsibility(out: ChangeCollector, number: string, r: ResponsibilityChange) {
  for (const o of r.added) out.add(o.organisationId, o.role === "RESPONSIBLE" ? "becameResponsible" : "becamePartner", number);
  for (const o of r.removed) out.add(o.organisationId, o.role === "RESPONSIBLE" ? "noLongerResponsible" : "noLongerPartner", number);
  for (const o of r.roleChanged) out.add(o.organisationId, o.after === "RESPONSIBLE" ? "becameResponsible" : "becamePartner", number);
  for (const o of r.replaced) out.add(o.after, `succeeded:${o.before}`, number);
  if (r.lead?.after) out.add(r.lead.after, "becameLead", number);
  if (r.lead?.before) out.add(r.lead.before, "noLongerLead", number);
}

function collectContent(out: ChangeCollector, number: string, responsible: readonly string[], fields: readonly FieldChange[], indicators: readonly IndicatorChange[]) {
  for (const organisationId of responsible) {
    for (const field of fields) if (isCommitmentField(field.field)) out.add(organisationId, `field:${field.field}`, number);
    for (const change of indicators) {
      if (change.kind === "added") out.add(organisationId, "indicatorAdded", number);
      else if (change.kind === "removed") out.add(organisationId, "indicatorRemoved", number);
      else {
        const other = change.fields.some((field) => !valueFields.includes(field));
        for (const value of ["target", "baseline"] as const) {
          const year = value === "target" ? "targetYear" : "baselineYear";
          if (!change.fields.includes(value) && !change.fields.includes(year)) continue;
          out.addValue(organisationId, {
            kind: "indicatorValue",
            item: number,
            indicator: change.after.name,
            value,
            before: { value: change.before[value], year: change.before[year] },
            after: { value: change.after[value], year: change.after[year] },
          });
        }
        if (other) out.add(organisationId, "indicatorChanged", number);
      }
    }
  }
}

/**
 * The rule "organisations whose commitments changed", with what changed for each: responsible or
 * partner for an added or removed item, added to / removed from / changed role on an item, lead
 * moved to or from them, taking over a wound-up predecessor's place, or responsible for an item
 * whose title, description, timeframe, follow-up text or indicators (baseline and target
 * included) changed. A revision asks these organisations to endorse again. Wound-up predecessors
 * (keys of `successorOf`) are never in the result: they can no longer be asked.
 */
function changesByOrganisation(items: readonly ItemDiff[], successorOf: ReadonlyMap<string, string>): OrganisationChange[] {
  const out = new ChangeCollector();
  for (const diff of items) {
    if (diff.kind === "added") {
      for (const id of involved(diff.after)) out.add(id, "newItem", diff.item.number);
    } else if (diff.kind === "removed") {
      for (const id of involved(diff.before)) out.add(id, "removedItem", diff.item.number);
    } else {
      if (diff.responsibility !== null) collectResponsibility(out, diff.item.number, diff.responsibility);
      collectContent(out, diff.item.number, responsibleOrganisations(diff.after), diff.fields, diff.indicators);
    }
  }
  return out.result().filter((change) => !successorOf.has(change.organisationId) && change.parts.length > 0);
}

export function diffVersions(before: VersionContent, after: VersionContent, options: DiffOptions = {}): VersionDiff {
  const successorOf = options.successorOf ?? new Map<string, string>();
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
    const responsibility = diffResponsibility(old.item, next, successorOf);
    if (fields.length > 0 || indicators.length > 0 || moved || responsibility) {
      items.push({ kind: "changed", item: ref(next, nextArea), before: old.item, after: next, fields, indicators, moved, responsibility });
    }
  }
  for (const { item: old, area } of beforeItems.values()) {
    if (!afterItems.has(old.stableKey)) items.push({ kind: "removed", item: ref(old, area), before: old });
  }

  const fields = diffVersionFields(before, after);
  const focusAreas = diffFocusAreas(before, after);
  const organisationChanges = changesByOrganisation(items, successorOf);
  return {
    fields,
    focusAreas,
    items,
    organisationsAffected: organisationChanges.map((change) => change.organisationId),
    organisationChanges,
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
