import { followUpDocumentSchema } from "@/lib/follow-up/open-data";
import type { PublicVersion, PublishedVersionListing } from "@/lib/publications/types";

/**
 * The open data of Länsplan, version 1: the JSON document of one published version, the list of
 * all published versions, and the JSON Schema (draft 2020-12) that describes both. Pure.
 *
 * Stability promise: within schema version 1 fields are only ever added, never renamed, removed or
 * retyped. A version's document holds only what never changes once the version is published (no
 * "status", no "in force"), so its URL can be cached for good; the list carries the status.
 */
export const openDataSchemaVersion = 1;
export const openDataSchemaPath = "/api/open-data/schema/v1.json";
export const openDataListPath = "/api/open-data/versions.json";

/** The hash algorithm, so a reader can recompute it (lib/programmes/content-hash.ts). */
export const contentHashDescription =
  "sha256 (hex) of the canonical JSON of the version content (form lansplan.programme-content.v1): " +
  "title, validFrom, validTo, substances (sorted), nationalStrategyId, changeSummary and focusAreas " +
  "(by position) with stableKey, title, description, goalNumbers (sorted) and items (by position) with " +
  "stableKey, number, title, description, timeframeKind, startYear, endYear, startDate, endDate, " +
  "followUpText, organisations (sorted by organisationId: organisationId, role, lead) and indicators " +
  "(by position, without position). Object keys sorted, no whitespace, dates as YYYY-MM-DD.";

const isoDate = (date: Date | null): string | null => (date === null ? null : date.toISOString().slice(0, 10));
const isoTime = (date: Date | null): string | null => (date === null ? null : date.toISOString());

export function versionPath(countySlug: string, programmeSlug: string, number: number): string {
  return `/lan/${countySlug}/${programmeSlug}/version/${number}`;
}

export function downloadPath(countySlug: string, programmeSlug: string, number: number, file: "program.json" | "atgarder.csv" | "atgarder-excel.csv" | "atgarder.xlsx" | "program.pdf"): string {
  return `/api/open-data/lan/${countySlug}/${programmeSlug}/version/${number}/${file}`;
}

/** The JSON document of one published version (schema v1, `$defs/version`). */
export function buildVersionDocument(version: PublicVersion) {
  const { county, programme, number } = version;
  return {
    schemaVersion: openDataSchemaVersion,
    schema: openDataSchemaPath,
    contentHash: version.contentHash,
    contentHashAlgorithm: contentHashDescription,
    url: versionPath(county.slug, programme.slug, number),
    county: { slug: county.slug, name: county.name },
    programme: { slug: programme.slug, title: programme.title, url: `/lan/${county.slug}/${programme.slug}` },
    regionalStrategy: { title: version.regionalStrategy.title },
    version: {
      number,
      kind: version.kind,
      title: version.title,
      validFrom: isoDate(version.validFrom),
      validTo: isoDate(version.validTo),
      substances: [...version.substances],
      changeSummary: version.changeSummary,
      publishedAt: isoTime(version.publishedAt),
      isExample: version.isExample,
    },
    nationalStrategy: {
      id: version.nationalStrategy.id,
      slug: version.nationalStrategy.slug,
      title: version.nationalStrategy.title,
      documentRef: version.nationalStrategy.documentRef,
      goals: version.nationalStrategy.goals.map((goal) => ({ number: goal.number, shortLabel: goal.shortLabel, title: goal.title })),
    },
    ratification: {
      body: version.ratification.body,
      date: isoDate(version.ratification.date),
      diarienummer: version.ratification.diarienummer,
    },
    endorsements: version.endorsements.map((e) => ({
      organisation: { slug: e.organisation.slug, name: e.organisation.name },
      status: e.status,
      decisionBody: e.decisionBody,
      decisionDate: isoDate(e.decisionDate),
      paragraph: e.paragraph,
      diarienummer: e.diarienummer,
      reservation: e.reservation,
      carriedOver: e.carriedOver,
    })),
    standings: version.standings.map((st) => ({
      organisation: { slug: st.organisation.slug, name: st.organisation.name },
      roles: [...st.roles],
      standing: st.standing,
      decision:
        st.decision === null
          ? null
          : {
              status: st.decision.status,
              decisionBody: st.decision.decisionBody,
              decisionDate: isoDate(st.decision.decisionDate),
              paragraph: st.decision.paragraph,
              diarienummer: st.decision.diarienummer,
              reservation: st.decision.reservation,
            },
      carriedOverFromVersion: st.carriedOverFromVersion,
      notAskedReason: st.notAskedReason,
    })),
    focusAreas: version.focusAreas.map((area) => ({
      stableKey: area.stableKey,
      position: area.position,
      title: area.title,
      description: area.description,
      goalNumbers: area.goals.map((goal) => goal.number),
      items: area.items.map((item) => ({
        stableKey: item.stableKey,
        number: item.number,
        position: item.position,
        title: item.title,
        description: item.description,
        timeframe: {
          kind: item.timeframe.kind,
          startYear: item.timeframe.startYear,
          endYear: item.timeframe.endYear,
          startDate: isoDate(item.timeframe.startDate),
          endDate: isoDate(item.timeframe.endDate),
        },
        followUpText: item.followUpText,
        organisations: item.organisations.map((o) => ({ id: o.id, slug: o.slug, name: o.name, role: o.role, lead: o.lead })),
        indicators: item.indicators.map((indicator) => ({ ...indicator })),
      })),
    })),
  };
}

export type VersionDocument = ReturnType<typeof buildVersionDocument>;

/** The machine-readable list of every published version (schema v1, `$defs/versionList`). */
export function buildVersionList(versions: readonly PublishedVersionListing[], generatedAt: Date) {
  return {
    schemaVersion: openDataSchemaVersion,
    schema: `${openDataSchemaPath}#/$defs/versionList`,
    generatedAt: generatedAt.toISOString(),
    versions: versions.map((v) => ({
      county: { slug: v.county.slug, name: v.county.name },
      programme: { slug: v.programme.slug, title: v.programme.title },
      number: v.number,
      status: v.status,
      title: v.title,
      validFrom: isoDate(v.validFrom),
      validTo: isoDate(v.validTo),
      publishedAt: isoTime(v.publishedAt),
      nationalStrategy: v.nationalStrategySlug,
      contentHash: v.contentHash,
      url: versionPath(v.county.slug, v.programme.slug, v.number),
      downloads: {
        json: downloadPath(v.county.slug, v.programme.slug, v.number, "program.json"),
        csv: downloadPath(v.county.slug, v.programme.slug, v.number, "atgarder.csv"),
        pdf: downloadPath(v.county.slug, v.programme.slug, v.number, "program.pdf"),
      },
    })),
  };
}

// ───────────── JSON Schema ─────────────

const text = { type: "string" } as const;
const nullableText = { type: ["string", "null"] } as const;
const date = { type: "string", format: "date" } as const;
const nullableDate = { type: ["string", "null"], format: "date" } as const;
const nullableYear = { type: ["integer", "null"] } as const;
const hash = { type: ["string", "null"], pattern: "^[0-9a-f]{64}$" } as const;

function object(properties: Record<string, unknown>, description?: string) {
  return {
    type: "object",
    ...(description === undefined ? {} : { description }),
    required: Object.keys(properties),
    properties,
  };
}

/** CSV columns of atgarder.csv, in order (documented on /oppna-data and in the schema). */
export const csvColumns = [
  "county_slug",
  "programme_slug",
  "version_number",
  "version_content_hash",
  "focus_area_position",
  "focus_area_title",
  "goal_numbers",
  "item_stable_key",
  "item_number",
  "item_title",
  "item_description",
  "timeframe_kind",
  "start_year",
  "end_year",
  "start_date",
  "end_date",
  "lead_organisation",
  "responsible_organisations",
  "partner_organisations",
  "follow_up_text",
  "indicators",
] as const;

export function buildOpenDataSchema() {
  const organisationRef = object({ slug: text, name: text });
  const decisionFields = {
    status: { enum: ["ENDORSED", "ENDORSED_WITH_RESERVATION", "DECLINED"] },
    decisionBody: nullableText,
    decisionDate: nullableDate,
    paragraph: nullableText,
    diarienummer: nullableText,
    reservation: nullableText,
  };
  const indicator = object({
    stableKey: text,
    position: { type: "integer" },
    name: text,
    unit: text,
    baseline: text,
    baselineYear: nullableYear,
    target: text,
    targetYear: nullableYear,
    dataSource: text,
  });
  const item = object(
    {
      stableKey: { type: "string", description: "Same in every version of the programme." },
      number: text,
      position: { type: "integer" },
      title: text,
      description: text,
      timeframe: object({
        kind: { enum: ["YEARS", "DATES", "ONGOING"] },
        startYear: nullableYear,
        endYear: nullableYear,
        startDate: nullableDate,
        endDate: nullableDate,
      }),
      followUpText: text,
      organisations: {
        type: "array",
        items: object({ id: text, slug: text, name: text, role: { enum: ["RESPONSIBLE", "PARTNER"] }, lead: { type: "boolean" } }),
      },
      indicators: { type: "array", items: indicator },
    },
    "An action (åtgärd).",
  );
  const version = object(
    {
      schemaVersion: { const: 1 },
      schema: text,
      contentHash: { ...hash, description: "The content hash recorded when the version was frozen for endorsement." },
      contentHashAlgorithm: text,
      url: text,
      county: object({ slug: text, name: text }),
      programme: object({ slug: text, title: text, url: text }),
      regionalStrategy: object({ title: text }),
      version: object({
        number: { type: "integer", minimum: 1 },
        kind: { enum: ["NEW", "REVISION", "EXTENSION"] },
        title: text,
        validFrom: date,
        validTo: date,
        substances: { type: "array", items: { enum: ["A", "N", "D", "T", "S"] } },
        changeSummary: text,
        publishedAt: { type: ["string", "null"], format: "date-time" },
        isExample: { type: "boolean", description: "Made-up demo content, not a decided programme." },
      }),
      nationalStrategy: object({
        id: text,
        slug: text,
        title: text,
        documentRef: text,
        goals: { type: "array", items: object({ number: { type: "integer" }, shortLabel: text, title: text }) },
      }),
      ratification: object({ body: nullableText, date: nullableDate, diarienummer: nullableText }),
      endorsements: {
        type: "array",
        items: object({ organisation: organisationRef, ...decisionFields, carriedOver: { type: "boolean" } }),
      },
      standings: {
        type: "array",
        description: "Added within v1: every organisation the version names or asked to decide, with its standing on this version.",
        items: object({
          organisation: organisationRef,
          roles: { type: "array", items: { enum: ["RESPONSIBLE", "PARTNER", "SIGNATORY"] } },
          standing: { enum: ["STOOD_BEHIND", "CARRIED_OVER", "NOT_ASKED", "DECLINED", "PENDING"] },
          decision: {
            oneOf: [{ type: "null" }, object(decisionFields)],
          },
          carriedOverFromVersion: { type: ["integer", "null"] },
          notAskedReason: { ...nullableText, description: "The coordinator's written reason for not asking an organisation whose commitments changed." },
        }),
      },
      focusAreas: {
        type: "array",
        items: object({
          stableKey: text,
          position: { type: "integer" },
          title: text,
          description: text,
          goalNumbers: { type: "array", items: { type: "integer" } },
          items: { type: "array", items: item },
        }),
      },
    },
    "One published version of an action programme (program.json).",
  );
  const versionList = object(
    {
      schemaVersion: { const: 1 },
      schema: text,
      generatedAt: { type: "string", format: "date-time" },
      versions: {
        type: "array",
        items: object({
          county: object({ slug: text, name: text }),
          programme: object({ slug: text, title: text }),
          number: { type: "integer" },
          status: { enum: ["PUBLISHED", "SUPERSEDED"] },
          title: text,
          validFrom: date,
          validTo: date,
          publishedAt: { type: ["string", "null"], format: "date-time" },
          nationalStrategy: text,
          contentHash: hash,
          url: text,
          downloads: object({ json: text, csv: text, pdf: text }),
        }),
      },
    },
    "Every published version (versions.json).",
  );
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: openDataSchemaPath,
    title: "Länsplan open data, version 1",
    description:
      "Published regional ANDTS action programmes. Fields are only added within version 1. " +
      `atgarder.csv has one row per action with the columns ${csvColumns.join(", ")} (UTF-8 with BOM, comma-separated, RFC 4180 quoting; lists separated by "; "); atgarder-excel.csv has the same columns and rows separated by semicolons with decimal commas (Swedish Excel).`,
    $ref: "#/$defs/version",
    // Added within v1: the approved follow-up of a programme (lib/follow-up/open-data.ts).
    $defs: { version, versionList, item, indicator, followUp: followUpDocumentSchema({ text, nullableText, date, nullableYear, object }) },
  };
}

/** A public page's address in a language: Swedish without prefix, English under /en. */
export function publicPath(locale: "sv" | "en", path: string): string {
  if (locale === "sv") return path;
  return path === "/" ? "/en" : `/en${path}`;
}
