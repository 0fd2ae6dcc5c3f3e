/**
 * The Händelselogg in plain Swedish: one audit row becomes one or more sentences ("Lena Bergqvist
 * ändrade målvärdet för 1.2 från 30 % till 27 %"). Pure: the row, the names of the ids it mentions
 * (resolved by the loader in a fixed number of queries) in, catalogue keys and values out; the
 * catalogue (messages/audit-log.*.json, namespace auditLog.sentences) holds the words, codes are
 * translated there with ICU `select`. No id, code or JSON ever reaches a sentence: an id without a
 * name becomes a neutral word, an action this file does not know gets the generic sentence.
 */

export type AuditRow = {
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  meta: unknown;
  versionNumber: number | null;
};

/** Names of the ids a page of rows mentions: organisations, people, focus areas, items (by id and by stable key), reports. */
export type AuditNames = {
  organisations: Readonly<Record<string, string>>;
  people: Readonly<Record<string, string>>;
  focusAreas: Readonly<Record<string, string>>;
  /** Action items by id and by stable key: "1.2 Title". */
  items: Readonly<Record<string, { number: string; title: string }>>;
  nationalStrategies: Readonly<Record<string, string>>;
  /** Follow-up reports by id: the item's stable key, the organisation and the year. */
  reports: Readonly<Record<string, { stableKey: string; organisationId: string; year: number }>>;
};

export type SentenceValue = string | number | { date: string };

export type Sentence = {
  key: SentenceKey;
  values: Record<string, SentenceValue>;
  /** Long texts (a description, a comment) in full, shown beside the sentence, never cut off. */
  detail?: { before: string | null; after: string | null };
};

/** Every action name the code base writes, with the builder of its sentences. */
export const sentenceKeys = [
  "generic",
  "programmeCreate",
  "fieldChanged",
  "fieldSet",
  "fieldCleared",
  "longFieldChanged",
  "timeframeChanged",
  "versionWithdraw",
  "versionStartRevision",
  "versionStartExtension",
  "versionSetAutoNumbering",
  "versionReopen",
  "versionRatify",
  "versionPublish",
  "focusAreaCreate",
  "focusAreaGoals",
  "focusAreaReorder",
  "focusAreaDelete",
  "actionItemCreate",
  "actionItemDelete",
  "actionItemReorder",
  "actionItemMove",
  "organisationsAdded",
  "organisationsRemoved",
  "leadChanged",
  "indicatorAdded",
  "indicatorRemoved",
  "indicatorChanged",
  "consultationOpen",
  "consultationRespond",
  "consultationDispose",
  "consultationClose",
  "endorsementRequest",
  "endorsementDecide",
  "endorsementCorrect",
  "commentAdd",
  "commentReply",
  "commentResolve",
  "commentReopen",
  "reviewerInvite",
  "reviewerRemove",
  "periodOpen",
  "periodClose",
  "periodMove",
  "periodRemind",
  "reportSubmit",
  "reportApprove",
  "reportRequestCorrection",
  "strategyCreate",
  "strategyUpdate",
  "strategyExtend",
  "organisationCreate",
  "organisationRename",
  "organisationDeactivate",
  "invitationSend",
  "invitationAccept",
  "invitationRevoke",
  "membershipRemove",
  "membershipRoleChange",
  "delegationGrant",
  "delegationRevoke",
  "signIn",
] as const;
export type SentenceKey = (typeof sentenceKeys)[number];

type Builder = (row: AuditRow, names: AuditNames) => Sentence[];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function record(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

function text(value: unknown): string | null {
  if (typeof value === "string") return value.trim() === "" ? null : value;
  if (typeof value === "number") return String(value);
  return null;
}

function count(value: unknown): number {
  if (typeof value === "number") return value;
  return Array.isArray(value) ? value.length : 0;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** A field's value for a sentence: dates as dates (formatted "12 mars 2026" by the view), the rest as written. */
function valueOf(value: unknown, names: AuditNames, field: string): SentenceValue | null {
  if (field === "nationalStrategyId") return typeof value === "string" ? (names.nationalStrategies[value] ?? null) : null;
  if (field === "focusAreaId") return typeof value === "string" ? (names.focusAreas[value] ?? null) : null;
  if (Array.isArray(value)) return value.length === 0 ? null : value.map((v) => (typeof v === "string" || typeof v === "number" ? String(v) : "")).filter((v) => v !== "").join(", ") || null;
  const plain = text(value);
  if (plain === null) return null;
  return isoDate.test(plain) ? { date: plain } : plain;
}

const longFields = new Set(["description", "followUpText", "changeSummary", "overarchingText", "comment"]);
const itemFields = ["number", "title", "description", "timeframeKind", "startYear", "endYear", "startDate", "endDate", "followUpText", "focusAreaId"] as const;
const versionFields = ["title", "validFrom", "validTo", "substances", "nationalStrategyId", "changeSummary"] as const;
const focusAreaFields = ["title", "description"] as const;
const indicatorFields = ["name", "unit", "baseline", "baselineYear", "target", "targetYear", "dataSource"] as const;

/** What a field belongs to, for "för version 2", "för fokusområdet ”…”", "för 1.2", "för strategin ”…”". */
type Scope = "version" | "focusArea" | "item" | "strategy";

/** One sentence per changed field of `subject` (a version number, a title, an action's number). */
function fieldChanges(before: Record<string, unknown>, after: Record<string, unknown>, fields: readonly string[], scope: Scope, subject: string, names: AuditNames): Sentence[] {
  return fields.flatMap((field): Sentence[] => {
    if (JSON.stringify(before[field] ?? null) === JSON.stringify(after[field] ?? null)) return [];
    if (!(field in before) && !(field in after)) return [];
    if (longFields.has(field)) {
      return [{ key: "longFieldChanged", values: { field, scope, subject }, detail: { before: text(before[field]), after: text(after[field]) } }];
    }
    if (field === "timeframeKind") return [{ key: "timeframeChanged", values: { subject, before: text(before[field]) ?? "other", after: text(after[field]) ?? "other" } }];
    const from = valueOf(before[field], names, field);
    const to = valueOf(after[field], names, field);
    if (from === null && to === null) return [];
    if (from === null && to !== null) return [{ key: "fieldSet", values: { field, scope, subject, after: to } }];
    if (to === null && from !== null) return [{ key: "fieldCleared", values: { field, scope, subject, before: from } }];
    return from !== null && to !== null ? [{ key: "fieldChanged", values: { field, scope, subject, before: from, after: to } }] : [];
  });
}

function itemLabel(row: AuditRow, names: AuditNames, content: Record<string, unknown>): string {
  const meta = record(row.meta);
  const number = text(content.number);
  if (number !== null) return number;
  const known = names.items[row.entityId] ?? (typeof meta.stableKey === "string" ? names.items[meta.stableKey] : undefined);
  return known?.number ?? "";
}

type Link = { organisationId: string; lead: boolean };
function links(value: unknown): Link[] {
  return Array.isArray(value) ? value.map(record).flatMap((l) => (typeof l.organisationId === "string" ? [{ organisationId: l.organisationId, lead: l.lead === true }] : [])) : [];
}

type Indicator = Record<string, unknown> & { stableKey: string };
function indicators(value: unknown): Indicator[] {
  return Array.isArray(value) ? value.map(record).flatMap((i) => (typeof i.stableKey === "string" ? [{ ...i, stableKey: i.stableKey }] : [])) : [];
}

/** "30" with unit "%" reads "30 %"; a value that already carries its unit is left alone. */
function withUnit(value: unknown, unit: unknown): string | null {
  const plain = text(value);
  const u = text(unit);
  if (plain === null) return null;
  if (u === null || plain.trim().endsWith(u.trim())) return plain;
  return `${plain} ${u}`;
}

function organisationName(names: AuditNames, id: string): string | null {
  return names.organisations[id] ?? null;
}

function nameList(names: AuditNames, ids: readonly string[]): string {
  return ids.map((id) => organisationName(names, id) ?? "").filter((n) => n !== "").join(", ");
}

function itemChanges(row: AuditRow, names: AuditNames): Sentence[] {
  const before = record(row.before);
  const after = record(row.after);
  const subject = itemLabel(row, names, before) || itemLabel(row, names, after);
  const sentences = fieldChanges(before, after, itemFields, "item", subject, names);
  const beforeLinks = links(before.organisations);
  const afterLinks = links(after.organisations);
  const added = afterLinks.filter((l) => !beforeLinks.some((b) => b.organisationId === l.organisationId)).map((l) => l.organisationId);
  const removed = beforeLinks.filter((l) => !afterLinks.some((a) => a.organisationId === l.organisationId)).map((l) => l.organisationId);
  if (added.length > 0) sentences.push({ key: "organisationsAdded", values: { names: nameList(names, added), count: added.length, subject } });
  if (removed.length > 0) sentences.push({ key: "organisationsRemoved", values: { names: nameList(names, removed), count: removed.length, subject } });
  const leadBefore = beforeLinks.find((l) => l.lead)?.organisationId;
  const leadAfter = afterLinks.find((l) => l.lead)?.organisationId;
  if (leadAfter !== undefined && leadBefore !== undefined && leadAfter !== leadBefore) sentences.push({ key: "leadChanged", values: { name: organisationName(names, leadAfter) ?? "", subject } });
  const beforeIndicators = indicators(before.indicators);
  const afterIndicators = indicators(after.indicators);
  for (const indicator of afterIndicators) {
    const old = beforeIndicators.find((i) => i.stableKey === indicator.stableKey);
    const name = text(indicator.name) ?? "";
    if (old === undefined) {
      if ("indicators" in before) sentences.push({ key: "indicatorAdded", values: { name, subject } });
      continue;
    }
    // "för 1.2" when the action has one indicator, "för 1.2 (Andel …)" when it has several.
    const where = afterIndicators.length > 1 ? `${subject} (${name})` : subject;
    for (const field of indicatorFields) {
      const isValue = field === "target" || field === "baseline";
      const from = isValue ? withUnit(old[field], old.unit) : text(old[field]);
      const to = isValue ? withUnit(indicator[field], indicator.unit) : text(indicator[field]);
      if (from === to) continue;
      if (field === "unit" && (text(old.target) !== null || text(indicator.target) !== null)) {
        // A changed unit shows in the values' sentences when there are values.
        if (withUnit(old.target, old.unit) !== withUnit(indicator.target, indicator.unit)) continue;
      }
      sentences.push({ key: "indicatorChanged", values: { field, subject: where, before: from ?? "–", after: to ?? "–" } });
    }
  }
  for (const old of beforeIndicators.filter((i) => !afterIndicators.some((a) => a.stableKey === i.stableKey))) {
    sentences.push({ key: "indicatorRemoved", values: { name: text(old.name) ?? "", subject } });
  }
  return sentences;
}

const version = (row: AuditRow): number | string => row.versionNumber ?? "";
/** For "utkastet till version 2" when the row names its version, "utkastet" when it does not. */
const hasVersion = (row: AuditRow): "yes" | "no" => (row.versionNumber === null ? "no" : "yes");
const one = (key: SentenceKey, values: Record<string, SentenceValue> = {}): Sentence[] => [{ key, values }];

function reportOf(row: AuditRow, names: AuditNames): { item: string; organisation: string; year: number | string } {
  // Submitted reports are keyed "programme/stableKey/year/organisation"; reviewed ones by the report's id.
  const parts = row.entityId.split("/");
  const report = parts.length === 4 ? { stableKey: parts[1] ?? "", year: Number(parts[2]), organisationId: parts[3] ?? "" } : names.reports[row.entityId];
  if (report === undefined) return { item: "", organisation: "", year: "" };
  const item = names.items[report.stableKey];
  return { item: item === undefined ? "" : `${item.number} ${item.title}`, organisation: organisationName(names, report.organisationId) ?? "", year: report.year };
}

const builders: Record<string, Builder> = {
  "programme.create": () => one("programmeCreate"),
  "version.updateFields": (row, names) => fieldChanges(record(row.before), record(row.after), versionFields, "version", String(version(row)), names),
  "version.withdraw": (row) => one("versionWithdraw", { version: version(row) }),
  "version.startRevision": (row) => one("versionStartRevision", { version: version(row) }),
  "version.startExtension": (row) => one("versionStartExtension", { version: version(row) }),
  "version.setAutoNumbering": (row) => one("versionSetAutoNumbering", { version: version(row), on: record(row.after).autoNumbering === true ? "yes" : "no" }),
  "version.reopen": (row) => one("versionReopen", { version: version(row) }),
  "version.ratify": (row) => {
    const after = record(row.after);
    const date = text(after.ratificationDate);
    return one("versionRatify", { version: version(row), body: text(after.ratificationBody) ?? "", date: date === null ? "" : { date }, dnr: text(after.ratificationDnr) ?? "" });
  },
  "version.publish": (row) => one("versionPublish", { version: version(row) }),
  "focusArea.create": (row) => one("focusAreaCreate", { title: text(record(row.after).title) ?? "", version: version(row) }),
  "focusArea.update": (row, names) => {
    const before = record(row.before);
    const after = record(row.after);
    const subject = text(before.title) ?? names.focusAreas[row.entityId] ?? "";
    const sentences = fieldChanges(before, after, focusAreaFields, "focusArea", subject, names);
    if (JSON.stringify(before.goalIds ?? null) !== JSON.stringify(after.goalIds ?? null)) sentences.push({ key: "focusAreaGoals", values: { subject } });
    return sentences;
  },
  "focusArea.reorder": (row, names) => one("focusAreaReorder", { title: names.focusAreas[row.entityId] ?? "", direction: text(record(row.meta).direction) ?? "other" }),
  "focusArea.delete": (row) => one("focusAreaDelete", { title: text(record(row.before).title) ?? "" }),
  "actionItem.create": (row) => {
    const after = record(row.after);
    return one("actionItemCreate", { number: text(after.number) ?? "", title: text(after.title) ?? "", imported: "importId" in record(row.meta) ? "yes" : "no" });
  },
  "actionItem.update": itemChanges,
  "actionItem.delete": (row) => one("actionItemDelete", { number: text(record(row.before).number) ?? "", title: text(record(row.before).title) ?? "" }),
  "actionItem.reorder": (row, names) => one("actionItemReorder", { subject: itemLabel(row, names, {}), direction: text(record(row.meta).direction) ?? "other" }),
  "actionItem.move": (row, names) => {
    const after = record(row.after);
    const area = typeof after.focusAreaId === "string" ? (names.focusAreas[after.focusAreaId] ?? "") : "";
    return one("actionItemMove", { subject: text(record(row.before).number) ?? itemLabel(row, names, {}), area, number: text(after.number) ?? "" });
  },
  "consultation.open": (row) => {
    const deadline = text(record(row.after).deadline);
    return one("consultationOpen", { version: version(row), count: count(record(row.after).organisations), deadline: deadline === null ? "" : { date: deadline } });
  },
  "consultation.respond": (row) => one("consultationRespond", { organisation: text(record(row.meta).organisation) ?? "", count: count(record(row.after).comments) }),
  "consultation.dispose": (row) => {
    const after = record(row.after);
    return [{ key: "consultationDispose", values: { decision: text(after.decision) ?? "other" }, detail: { before: null, after: text(after.reason) } }];
  },
  "consultation.close": (row) => one("consultationClose", { version: version(row) }),
  "endorsement.request": (row) => one("endorsementRequest", { version: version(row), count: count(record(row.after).required) }),
  "endorsement.decide": (row) => one("endorsementDecide", { organisation: text(record(row.meta).organisation) ?? "", decision: text(record(row.after).status) ?? "other", version: version(row) }),
  "endorsement.correct": (row) => one("endorsementCorrect", { organisation: text(record(row.meta).organisation) ?? "", decision: text(record(row.after).status) ?? "other", version: version(row) }),
  "comment.add": (row) => {
    const anchor = text(record(row.after).anchor);
    const comment = text(record(row.after).text);
    return [{ key: "commentAdd", values: { hasAnchor: anchor === null ? "no" : "yes", anchor: anchor ?? "" }, ...(comment === null ? {} : { detail: { before: null, after: comment } }) }];
  },
  "comment.reply": (row) => [{ key: "commentReply", values: {}, detail: { before: null, after: text(record(row.after).text) } }],
  "comment.resolve": () => one("commentResolve"),
  "comment.reopen": () => one("commentReopen"),
  "reviewer.invite": (row, names) => one("reviewerInvite", { person: personOf(record(row.after), names), version: version(row), hasVersion: hasVersion(row) }),
  "reviewer.remove": (row, names) => one("reviewerRemove", { person: personOf(record(row.before), names), version: version(row), hasVersion: hasVersion(row) }),
  "followup.period.open": (row) => {
    const after = record(row.after);
    const closes = text(after.closesAt);
    return one("periodOpen", { year: text(after.year) ?? "", hasCloses: closes === null ? "no" : "yes", closes: closes === null ? "" : { date: closes } });
  },
  "followup.period.close": (row) => one("periodClose", { year: text(record(row.after).year) ?? "", superseded: record(row.meta).reason === "SUPERSEDED" ? "yes" : "no" }),
  "followup.period.move": (row) => one("periodMove", { year: text(record(row.after).year) ?? "" }),
  "followup.period.remind": (row) => one("periodRemind", { count: count(record(row.meta).queuedMails) }),
  "followup.report.submit": (row, names) => {
    const after = record(row.after);
    const comment = text(after.comment);
    return [{ key: "reportSubmit", values: { ...reportOf(row, names), status: text(after.status) ?? "other" }, ...(comment === null ? {} : { detail: { before: null, after: comment } }) }];
  },
  "followup.report.approve": (row, names) => one("reportApprove", reportOf(row, names)),
  "followup.report.requestCorrection": (row, names) => [{ key: "reportRequestCorrection", values: reportOf(row, names), detail: { before: null, after: text(record(row.after).message) } }],
  "strategy.create": (row) => one("strategyCreate", { title: text(record(row.after).title) ?? "" }),
  "strategy.update": (row, names) => fieldChanges(record(row.before), record(row.after), ["title", "validFrom", "validTo", "nationalStrategyId", "overarchingText"], "strategy", text(record(row.after).title) ?? "", names),
  "strategy.extend": (row) => one("strategyExtend", { date: text(record(row.after).validTo) === null ? "" : { date: text(record(row.after).validTo) ?? "" } }),
  "organisation.create": (row) => one("organisationCreate", { name: text(record(row.after).name) ?? "" }),
  "organisation.rename": (row) => {
    const before = text(record(row.before).name) ?? "";
    const after = text(record(row.after).name) ?? "";
    return before === after ? [] : one("organisationRename", { before, after });
  },
  "organisation.deactivate": (row, names) => one("organisationDeactivate", { name: text(record(row.before).name) ?? names.organisations[row.entityId] ?? "" }),
  "invitation.send": (row) => one("invitationSend", { email: text(record(row.after).email) ?? "" }),
  "invitation.accept": () => one("invitationAccept"),
  "invitation.revoke": (row) => one("invitationRevoke", { email: text(record(row.before).email) ?? "" }),
  "membership.remove": (row, names) => one("membershipRemove", { person: personOf(record(row.before), names) }),
  "membership.role_change": (row) => one("membershipRoleChange", { before: text(record(row.before).role) ?? "other", after: text(record(row.after).role) ?? "other" }),
  "delegation.grant": () => one("delegationGrant"),
  "delegation.revoke": () => one("delegationRevoke"),
  "auth.sign_in": () => one("signIn"),
};

function personOf(value: Record<string, unknown>, names: AuditNames): string {
  const id = typeof value.userId === "string" ? value.userId : null;
  return (id === null ? undefined : names.people[id]) ?? text(value.email) ?? "";
}

/** The audit action names this builder knows (the unit test checks every name written in lib/ is here). */
export const describedActions: readonly string[] = Object.keys(builders);

/**
 * The sentences of one audit row. An action not known here, or a change that says nothing a reader
 * needs (a bare re-save), reads as the generic sentence naming what kind of thing changed.
 */
export function describeAuditEvent(row: AuditRow, names: AuditNames): Sentence[] {
  const builder = builders[row.action];
  const sentences = builder === undefined ? [] : builder(row, names);
  return sentences.length > 0 ? sentences : one("generic", { entity: row.entityType });
}

/** The values as the catalogue takes them: dates formatted by the caller ("12 mars 2026"), the actor's name added. */
export function sentenceValues(sentence: Sentence, actor: string, formatDate: (isoDay: string) => string): Record<string, string | number> {
  const values: Record<string, string | number> = { actor };
  for (const [name, value] of Object.entries(sentence.values)) values[name] = typeof value === "object" ? formatDate(value.date) : value;
  return values;
}
