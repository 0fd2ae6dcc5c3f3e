import { indexOrganisations, resolveOrganisationName, type OrganisationIndex } from "@/lib/imports/organisation-names";
import { normalizeText } from "@/lib/imports/parse";
import {
  formatTimeframe,
  parseTimeframe,
  timeframeChoiceValue,
  timeframeChoices,
  timeframeFromChoice,
  type Timeframe,
  YEAR_MAX,
  YEAR_MIN,
} from "@/lib/imports/timeframe";
import {
  ALL_MUNICIPALITIES_CHOICE,
  OMIT_CHOICE,
  type ExistingFocusArea,
  type ExistingIndicator,
  type ExistingItem,
  type ImportOrganisation,
  type ImportPlan,
  type ImportProblem,
  type ImportResolutions,
  type ParsedAction,
  type ParsedImport,
  type PlannedContent,
  type PlannedRow,
  type PlanOutcome,
  type ProblemChoice,
  type ProblemKind,
  type VersionSnapshot,
} from "@/lib/imports/types";

/**
 * The preview (pure): what each parsed action will do to the version (create, update, unchanged,
 * skip) and every problem that stands in the way, with what the coordinator may choose for it.
 * Runs on every render of the preview and again inside "Genomför importen"'s transaction, so the
 * import applies exactly what the coordinator saw (the version's stamp guards the rest).
 */

const TITLE_MAX = 500;
const NUMBER_MAX = 20;
const TEXT_MAX = 20_000;
const SHORT_MAX = 500;

/** "1. Tillgången ska minska", "Fokusområde 2: Skydd" → the title without its number. */
export function focusAreaTitle(text: string): string {
  return text
    .replace(/^\s*(?:fokusområde|insatsområde|målområde|område)?\s*\d{1,2}(?:\.\d{1,2})?\s*[.:)–-]?\s+/iu, "")
    .replace(/^\s*(?:fokusområde|insatsområde|målområde)\s*:\s*/iu, "")
    .trim();
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Plain numbers compare with either decimal mark ("61,9" = "61.9"); other text as written. */
function sameValueText(a: string, b: string): boolean {
  const plain = /^-?\d+(?:[.,]\d+)?$/;
  if (plain.test(a.trim()) && plain.test(b.trim())) return Number(a.trim().replace(",", ".")) === Number(b.trim().replace(",", "."));
  return a.trim() === b.trim();
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value) => b.includes(value));
}

type RowContext = {
  action: ParsedAction;
  problems: ImportProblem[];
  resolutions: ImportResolutions;
};

function problem(
  context: RowContext,
  id: string,
  column: string,
  kind: ProblemKind,
  value: string,
  choices: ProblemChoice[],
): string | null {
  const stored = context.resolutions.choices[id];
  const chosen = stored !== undefined && choices.some((choice) => choice.value === stored) ? stored : null;
  context.problems.push({ id, rowNumber: context.action.rowNumber, column, kind, value, choices, chosen });
  return chosen;
}

type Organisations = {
  list: readonly ImportOrganisation[];
  byId: Map<string, ImportOrganisation>;
  index: OrganisationIndex;
  municipalities: string[];
  choices: ProblemChoice[];
};

function organisationChoices(list: readonly ImportOrganisation[], countyId: string): ProblemChoice[] {
  const collator = new Intl.Collator("sv");
  return [...list]
    .sort((a, b) => (a.countyId === b.countyId ? collator.compare(a.name, b.name) : a.countyId === countyId ? -1 : 1))
    .map((organisation) => ({ value: organisation.id, label: organisation.name }));
}

/** The organisation ids of one list cell, with a problem for each name that is not clear. */
function resolveNames(
  context: RowContext,
  organisations: Organisations,
  names: readonly string[],
  field: "responsible" | "partners",
  columnOf: (index: number) => string,
): string[] {
  const ids: string[] = [];
  names.forEach((name, index) => {
    const resolution = resolveOrganisationName(name, organisations.index);
    if (resolution.kind === "resolved") {
      ids.push(resolution.organisationId);
      return;
    }
    const id = `r${context.action.rowNumber}:${field}:${index}`;
    const omit = { value: OMIT_CHOICE, label: "" };
    const choices =
      resolution.kind === "ambiguous"
        ? [...organisations.choices.filter((choice) => resolution.candidates.includes(choice.value)), omit]
        : resolution.kind === "allMunicipalities"
          ? [{ value: ALL_MUNICIPALITIES_CHOICE, label: "" }, ...organisations.choices, omit]
          : [...organisations.choices, omit];
    const kind: ProblemKind = resolution.kind === "ambiguous" ? "ambiguousOrganisation" : resolution.kind === "allMunicipalities" ? "allMunicipalities" : "unknownOrganisation";
    const chosen = problem(context, id, columnOf(index), kind, name, choices);
    if (chosen === null || chosen === OMIT_CHOICE) return;
    if (chosen === ALL_MUNICIPALITIES_CHOICE) ids.push(...organisations.municipalities);
    else ids.push(chosen);
  });
  return [...new Set(ids)];
}

function parseYear(context: RowContext, id: string, column: string, text: string): number | null {
  if (text.trim() === "") return null;
  const year = Number(text.trim());
  if (Number.isInteger(year) && year >= YEAR_MIN && year <= YEAR_MAX) return year;
  problem(context, id, column, "invalidYear", text, [{ value: "EMPTY", label: "" }]);
  return null;
}

function checkLength(context: RowContext, id: string, column: string, text: string, max: number): void {
  if (text.length > max) problem(context, id, column, "tooLong", `${text.slice(0, 60)}…`, []);
}

type PlanInput = {
  parsed: ParsedImport;
  snapshot: VersionSnapshot;
  organisations: readonly ImportOrganisation[];
  resolutions: ImportResolutions;
};

function matchFocusArea(text: string, areas: readonly ExistingFocusArea[]): ExistingFocusArea | undefined {
  const wanted = normalizeText(focusAreaTitle(text));
  return areas.find((area) => normalizeText(focusAreaTitle(area.title)) === wanted);
}

/** The number's parts when it is "n.m". */
function numberParts(number: string): [number, number] | null {
  const match = /^(\d+)\.(\d+)$/.exec(number.trim());
  return match === null ? null : [Number(match[1]), Number(match[2])];
}

function indicatorsOf(context: RowContext, parsed: ParsedImport): Omit<ExistingIndicator, "stableKey">[] {
  const label = (field: keyof typeof parsed.columns) => parsed.columns[field] ?? "";
  return (context.action.indicators ?? []).map(({ rowNumber, cells }) => {
    checkLength(context, `r${rowNumber}:indicator`, label("indicator"), cells.name, SHORT_MAX);
    return {
      name: cells.name,
      unit: cells.unit.slice(0, 100),
      baseline: cells.baseline.slice(0, 100),
      baselineYear: parseYear(context, `r${rowNumber}:baselineYear`, label("baselineYear"), cells.baselineYear),
      target: cells.target.slice(0, 100),
      targetYear: parseYear(context, `r${rowNumber}:targetYear`, label("targetYear"), cells.targetYear),
      dataSource: cells.dataSource.slice(0, SHORT_MAX),
    };
  });
}

/** Equal indicators keep the stored text (so "61.9" in the database is not rewritten as "61,9"). */
function sameIndicators(planned: readonly Omit<ExistingIndicator, "stableKey">[], existing: readonly ExistingIndicator[]): boolean {
  return (
    planned.length === existing.length &&
    planned.every((indicator, index) => {
      const other = existing[index];
      return (
        other !== undefined &&
        indicator.name === other.name &&
        indicator.unit === other.unit &&
        sameValueText(indicator.baseline, other.baseline) &&
        indicator.baselineYear === other.baselineYear &&
        sameValueText(indicator.target, other.target) &&
        indicator.targetYear === other.targetYear &&
        indicator.dataSource === other.dataSource
      );
    })
  );
}

function withoutKey(indicator: ExistingIndicator): Omit<ExistingIndicator, "stableKey"> {
  return {
    name: indicator.name,
    unit: indicator.unit,
    baseline: indicator.baseline,
    baselineYear: indicator.baselineYear,
    target: indicator.target,
    targetYear: indicator.targetYear,
    dataSource: indicator.dataSource,
  };
}

function isUnchanged(content: PlannedContent, item: ExistingItem): boolean {
  return (
    content.number === item.number &&
    content.title === item.title &&
    content.description === item.description &&
    content.timeframeKind === item.timeframeKind &&
    content.startYear === item.startYear &&
    content.endYear === item.endYear &&
    content.startDate === item.startDate &&
    content.endDate === item.endDate &&
    content.followUpText === item.followUpText &&
    content.leadId === item.leadId &&
    sameSet(content.responsible, item.responsible) &&
    sameSet(content.partners, item.partners) &&
    sameIndicators(content.indicators, item.indicators)
  );
}

export function planImport({ parsed, snapshot, organisations: list, resolutions }: PlanInput): ImportPlan {
  const organisations: Organisations = {
    list,
    byId: new Map(list.map((organisation) => [organisation.id, organisation])),
    index: indexOrganisations(list, snapshot.countyId),
    municipalities: list.filter((o) => o.kind === "MUNICIPALITY" && o.countyId === snapshot.countyId).map((o) => o.id),
    choices: organisationChoices(list, snapshot.countyId),
  };
  const nameOf = (id: string) => organisations.byId.get(id)?.name ?? id;
  const byKey = new Map(snapshot.items.map((item) => [item.stableKey.toLowerCase(), item]));
  const byNumber = new Map<string, ExistingItem[]>();
  for (const item of snapshot.items) byNumber.set(item.number.trim(), [...(byNumber.get(item.number.trim()) ?? []), item]);
  const columns = parsed.columns;
  const column = (field: keyof typeof columns) => columns[field] ?? "";
  const focusAreaChoices = snapshot.focusAreas.map((area) => ({ value: area.id, label: area.title }));
  const matchedItems = new Set<string>();
  const createdNumbers = new Set<string>();
  const newFocusAreas: string[] = [];
  const skippedRows = new Set(resolutions.skipped);

  const rows: PlannedRow[] = parsed.actions.map((action) => {
    const context: RowContext = { action, problems: [], resolutions };
    const r = action.rowNumber;

    // The existing action it updates: its stable key, else its number (when exactly one has it).
    const keyed = uuidPattern.test(action.key) ? byKey.get(action.key.toLowerCase()) : undefined;
    const numbered = keyed === undefined && action.number !== "" ? byNumber.get(action.number) : undefined;
    const matched = keyed ?? (numbered?.length === 1 ? numbered[0] : undefined);
    let duplicate = false;
    if (matched !== undefined) {
      duplicate = matchedItems.has(matched.id);
      matchedItems.add(matched.id);
    } else if (action.number !== "") {
      duplicate = createdNumbers.has(action.number);
      createdNumbers.add(action.number);
    }
    if (duplicate) problem(context, `r${r}:duplicate`, column(action.key !== "" ? "key" : "number"), "duplicateRow", action.key !== "" && matched !== undefined ? action.key : action.number, []);

    // Focus area: the heading or column in force; the matched action's own; the only one; or chosen.
    let focusArea: PlannedRow["focusArea"] = null;
    if (action.focusArea !== null && focusAreaTitle(action.focusArea) !== "") {
      const existing = matchFocusArea(action.focusArea, snapshot.focusAreas);
      if (existing !== undefined) focusArea = { id: existing.id, title: existing.title };
      else {
        const title = focusAreaTitle(action.focusArea);
        if (!newFocusAreas.includes(title)) newFocusAreas.push(title);
        focusArea = { id: null, title };
      }
    } else if (matched !== undefined) {
      const own = snapshot.focusAreas.find((area) => area.id === matched.focusAreaId);
      if (own !== undefined) focusArea = { id: own.id, title: own.title };
    } else if (snapshot.focusAreas.length === 1 && snapshot.focusAreas[0] !== undefined) {
      focusArea = { id: snapshot.focusAreas[0].id, title: snapshot.focusAreas[0].title };
    } else {
      const chosen = problem(context, `r${r}:focusArea`, column("focusArea") || column("title"), "missingFocusArea", "", focusAreaChoices);
      const area = snapshot.focusAreas.find((candidate) => candidate.id === chosen);
      if (area !== undefined) focusArea = { id: area.id, title: area.title };
    }

    checkLength(context, `r${r}:title`, column("title"), action.title, TITLE_MAX);
    checkLength(context, `r${r}:number`, column("number"), action.number, NUMBER_MAX);
    if (action.description !== undefined) checkLength(context, `r${r}:description`, column("description"), action.description, TEXT_MAX);
    if (action.followUp !== undefined) checkLength(context, `r${r}:followUp`, column("followUp"), action.followUp, TEXT_MAX);

    // Organisations: lead first; a name both responsible and partner stays responsible.
    const leadNames = action.leadNames ?? 0;
    const responsibleColumn = (index: number) => (index < leadNames ? column("lead") : column("responsible")) || column("lead");
    let responsible =
      action.responsible !== undefined
        ? resolveNames(context, organisations, action.responsible, "responsible", responsibleColumn)
        : matched !== undefined
          ? [...matched.responsible]
          : [];
    // No lead: asked for only when no name of the row is still waiting for a choice.
    const pendingNames = context.problems.some((p) => p.id.startsWith(`r${r}:responsible:`) && p.chosen === null);
    if (responsible.length === 0 && !pendingNames) {
      const chosen = problem(context, `r${r}:lead`, column("responsible") || column("lead") || column("title"), "missingResponsible", "", organisations.choices);
      if (chosen !== null) responsible = [chosen];
    }
    const partners = (
      action.partners !== undefined
        ? resolveNames(context, organisations, action.partners, "partners", () => column("partners"))
        : matched !== undefined
          ? [...matched.partners]
          : []
    ).filter((id) => !responsible.includes(id));
    // Without a lead column the first responsible leads; an update without organisation columns keeps its lead.
    const keptLead = action.responsible === undefined && matched !== undefined ? matched.leadId : null;
    const leadId = keptLead ?? responsible[0] ?? "";

    // Timeframe: as written, else chosen; a file without the column keeps the stored one (new: "Löpande").
    let timeframe: Timeframe | null = null;
    if (action.timeframe !== undefined) {
      const reading = parseTimeframe(action.timeframe);
      if (reading.ok) timeframe = reading.timeframe;
      else {
        const choices = timeframeChoices(reading, snapshot.validity).map((choice) => ({ value: timeframeChoiceValue(choice), label: formatTimeframe(choice) }));
        const kind: ProblemKind = reading.reason === "ambiguous" ? "ambiguousTimeframe" : reading.reason === "missing" ? "missingTimeframe" : "unknownTimeframe";
        const chosen = problem(context, `r${r}:timeframe`, column("timeframe"), kind, action.timeframe, choices);
        timeframe = chosen === null ? null : timeframeFromChoice(chosen);
      }
    } else if (matched !== undefined) {
      timeframe = { timeframeKind: matched.timeframeKind, startYear: matched.startYear, endYear: matched.endYear, startDate: matched.startDate, endDate: matched.endDate };
    } else {
      timeframe = { timeframeKind: "ONGOING", startYear: null, endYear: null, startDate: null, endDate: null };
    }

    let indicators = action.indicators === undefined ? null : indicatorsOf(context, parsed);
    if (indicators !== null && matched !== undefined && sameIndicators(indicators, matched.indicators)) {
      indicators = matched.indicators.map(withoutKey);
    }

    const isSkipped = skippedRows.has(r);
    const unresolved = context.problems.filter((p) => p.chosen === null).length;
    const content: PlannedContent | null =
      timeframe === null || focusArea === null || responsible.length === 0
        ? null
        : {
            number: action.number !== "" ? action.number : (matched?.number ?? ""),
            title: action.title,
            description: action.description ?? matched?.description ?? "",
            ...timeframe,
            followUpText: action.followUp ?? matched?.followUpText ?? "",
            leadId,
            responsible: [leadId, ...responsible.filter((id) => id !== leadId)],
            partners,
            indicators: indicators ?? matched?.indicators.map(withoutKey) ?? [],
          };
    const movesFocusArea = matched !== undefined && focusArea !== null && focusArea.id !== matched.focusAreaId;
    let outcome: PlanOutcome = matched === undefined ? "create" : "update";
    if (isSkipped || duplicate) outcome = "skip";
    else if (matched !== undefined && content !== null && unresolved === 0 && !movesFocusArea && isUnchanged(content, matched)) outcome = "unchanged";
    return {
      rowNumber: r,
      number: content?.number ?? action.number,
      title: action.title,
      outcome,
      skipReason: isSkipped ? "chosen" : duplicate ? "duplicateRow" : null,
      problems: context.problems,
      focusArea,
      match: matched === undefined ? null : { itemId: matched.id, revision: matched.revision, by: keyed !== undefined ? "key" : "number", movesFocusArea },
      content,
      responsibleNames: content?.responsible.map(nameOf) ?? [],
      partnerNames: content?.partners.map(nameOf) ?? [],
      timeframeText: timeframe === null ? "" : formatTimeframe(timeframe),
    };
  });

  assignNumbers(rows, snapshot);

  const skippedByParser: PlannedRow[] = parsed.skipped.map((skip) => ({
    rowNumber: skip.rowNumber,
    number: "",
    title: skip.text,
    outcome: "skip",
    skipReason: skip.reason,
    problems: [],
    focusArea: null,
    match: null,
    content: null,
    responsibleNames: [],
    partnerNames: [],
    timeframeText: "",
  }));
  const all = [...rows, ...skippedByParser].sort((a, b) => a.rowNumber - b.rowNumber);
  const counts: Record<PlanOutcome, number> = { create: 0, update: 0, unchanged: 0, skip: 0 };
  for (const row of all) counts[row.outcome] += 1;
  const unresolved = all.filter((row) => row.outcome !== "skip").reduce((sum, row) => sum + row.problems.filter((p) => p.chosen === null).length, 0);
  const usedNewAreas = newFocusAreas.filter((title) => rows.some((row) => row.outcome !== "skip" && row.focusArea?.id === null && row.focusArea.title === title));
  return { rows: all, newFocusAreas: usedNewAreas, counts, unresolved, stamp: snapshot.stamp };
}

/** New actions without a number get the next "n.m" of their focus area (n = its place in the version). */
function assignNumbers(rows: PlannedRow[], snapshot: VersionSnapshot): void {
  const areaNumber = new Map<string, number>();
  snapshot.focusAreas.forEach((area, index) => areaNumber.set(area.id, index + 1));
  const newAreaNumber = (title: string) => snapshot.focusAreas.length + 1 + rows.filter((row) => row.focusArea?.id === null).map((row) => row.focusArea?.title).filter((t, i, all) => all.indexOf(t) === i).indexOf(title);
  const highest = new Map<string, number>();
  const note = (key: string, number: string) => {
    const parts = numberParts(number);
    if (parts !== null) highest.set(key, Math.max(highest.get(key) ?? 0, parts[1]));
  };
  for (const item of snapshot.items) note(item.focusAreaId, item.number);
  for (const row of rows) if (row.content !== null && row.content.number !== "" && row.focusArea !== null) note(row.focusArea.id ?? `new:${row.focusArea.title}`, row.content.number);
  for (const row of rows) {
    if (row.content === null || row.content.number !== "" || row.focusArea === null || row.outcome === "skip") continue;
    const key = row.focusArea.id ?? `new:${row.focusArea.title}`;
    const n = row.focusArea.id === null ? newAreaNumber(row.focusArea.title) : (areaNumber.get(row.focusArea.id) ?? 1);
    const m = (highest.get(key) ?? 0) + 1;
    highest.set(key, m);
    row.content.number = `${n}.${m}`;
    row.number = row.content.number;
  }
}
