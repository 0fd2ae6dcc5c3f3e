import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { publicProgrammeWhere, publicVersionWhere } from "@/lib/programmes/data";
import { publicStatuses, validityAt } from "@/lib/programmes/lifecycle";
import type { SearchParams } from "@/lib/search/schema";
import { highlightEnd, highlightStart, type SearchFilterOptions, type SearchHit, type SearchResults } from "@/lib/search/types";

/** Results shown per search. */
export const searchResultLimit = 50;

const hitRowSchema = z.object({
  kind: z.enum(["programme", "focusArea", "item"]),
  version_id: z.string(),
  title: z.string(),
  item_number: z.string().nullable(),
  focus_area_title: z.string().nullable(),
  snippet: z.string(),
  total: z.coerce.number().int(),
});

type CandidateVersion = {
  id: string;
  number: number;
  status: (typeof publicStatuses)[number];
  county: { slug: string; name: string };
  programme: { slug: string; title: string };
};

/**
 * Step 1, the visibility scope: the public versions the search may look in, through the shared
 * where-builder (security-critical: the full-text SQL below only ever sees these ids). County and
 * validity filters and "current version only" are applied here.
 */
async function findCandidateVersions(params: SearchParams, now: Date): Promise<CandidateVersion[]> {
  const rows = await getDb().programmeVersion.findMany({
    where: { ...publicVersionWhere(), ...(params.lan === null ? {} : { county: { slug: params.lan } }) },
    orderBy: [{ programmeId: "asc" }, { number: "desc" }],
    select: {
      id: true,
      programmeId: true,
      number: true,
      status: true,
      validFrom: true,
      validTo: true,
      county: { select: { slug: true, name: true } },
      programme: { select: { slug: true, title: true } },
    },
  });
  return rows.flatMap((row, index): CandidateVersion[] => {
    const isNewest = index === 0 || rows[index - 1]?.programmeId !== row.programmeId;
    if (params.versioner === "CURRENT" && !isNewest) return [];
    const validity = validityAt(row.validFrom, row.validTo, now);
    if (params.giltighet === "IN_FORCE" && validity !== "IN_FORCE") return [];
    if (params.giltighet === "EXPIRED" && validity !== "EXPIRED") return [];
    const status = publicStatuses.find((s) => s === row.status);
    if (status === undefined) return [];
    return [{ id: row.id, number: row.number, status, county: row.county, programme: row.programme }];
  });
}

/**
 * Swedish full-text search over programmes, focus areas and action items of public versions.
 * Raw SQL because the query API has no full-text ranking; the expressions match the GIN indexes of
 * prisma/migrations/*_public_search exactly, so Postgres can use them.
 */
export async function searchPublished(params: SearchParams, now: Date): Promise<SearchResults> {
  const hasFilter = params.lan !== null || params.organisation !== null || params.mal !== null;
  if (params.q === "" && !hasFilter) return { hits: [], truncated: false, total: 0 };
  const candidates = await findCandidateVersions(params, now);
  if (candidates.length === 0) return { hits: [], truncated: false, total: 0 };
  const versionIds = candidates.map((c) => c.id);
  const hasQuery = params.q !== "";

  const itemInvolvesOrganisation = (itemAlias: string) =>
    params.organisation === null
      ? Prisma.empty
      : Prisma.sql`AND EXISTS (SELECT 1 FROM action_item_organisation l JOIN organisation o ON o.id = l.organisation_id
                                WHERE l.item_id = ${Prisma.raw(itemAlias)}.id AND o.slug = ${params.organisation})`;
  const areaServesGoal = (areaAlias: string) =>
    params.mal === null
      ? Prisma.empty
      : Prisma.sql`AND EXISTS (SELECT 1 FROM focus_area_goal g JOIN long_term_goal lg ON lg.id = g.goal_id
                                JOIN national_strategy ns ON ns.id = lg.strategy_id
                                WHERE g.focus_area_id = ${Prisma.raw(areaAlias)}.id
                                  AND ns.slug = ${params.mal.strategySlug} AND lg.number = ${params.mal.number})`;
  const headline = (text: Prisma.Sql) =>
    Prisma.sql`ts_headline('swedish'::regconfig, ${text}, q.query,
                 ${`StartSel=${highlightStart}, StopSel=${highlightEnd}, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`})`;
  // An action's organisations by name ("Nyköping" finds what Nyköpings kommun is responsible for
  // or partners in): the few organisations whose name matches are found first, then their links.
  const itemText = Prisma.sql`i.title || ' ' || i.description || ' ' || i.follow_up_text`;
  const itemMatches = hasQuery
    ? Prisma.sql`(to_tsvector('swedish'::regconfig, ${itemText}) @@ q.query
                  OR EXISTS (SELECT 1 FROM action_item_organisation l WHERE l.item_id = i.id AND l.organisation_id IN (SELECT id FROM named)))`
    : Prisma.sql`TRUE`;
  const organisationNames = Prisma.sql`(SELECT string_agg(o.name, ', ' ORDER BY o.name) FROM action_item_organisation l
                                         JOIN organisation o ON o.id = l.organisation_id WHERE l.item_id = i.id)`;
  // Without a search word (a filter alone), every matching action is listed in programme order.
  const itemSnippet = hasQuery
    ? headline(Prisma.sql`${itemText} || ' ' || coalesce(${organisationNames}, '')`)
    : Prisma.sql`left(i.description, 240)`;
  const otherKinds = hasQuery
    ? Prisma.sql`
      UNION ALL
      SELECT 'focusArea', fa.version_id::text, fa.title, NULL, NULL,
             ${headline(Prisma.sql`fa.title || ' ' || fa.description`)},
             ts_rank(to_tsvector('swedish'::regconfig, fa.title || ' ' || fa.description), q.query),
             fa.position, -1
      FROM focus_area fa, q
      WHERE fa.version_id = ANY(${versionIds}::uuid[])
        AND to_tsvector('swedish'::regconfig, fa.title || ' ' || fa.description) @@ q.query
        ${params.organisation === null ? Prisma.empty : Prisma.sql`AND EXISTS (SELECT 1 FROM action_item i WHERE i.focus_area_id = fa.id ${itemInvolvesOrganisation("i")})`}
        ${areaServesGoal("fa")}
      UNION ALL
      SELECT 'programme', v.id::text, v.title, NULL, NULL,
             ${headline(Prisma.sql`v.title || ' ' || v.change_summary`)},
             ts_rank(to_tsvector('swedish'::regconfig, v.title || ' ' || v.change_summary), q.query),
             -1, -1
      FROM programme_version v, q
      WHERE v.id = ANY(${versionIds}::uuid[])
        AND to_tsvector('swedish'::regconfig, v.title || ' ' || v.change_summary) @@ q.query
        ${params.organisation === null ? Prisma.empty : Prisma.sql`AND EXISTS (SELECT 1 FROM action_item i WHERE i.version_id = v.id ${itemInvolvesOrganisation("i")})`}
        ${params.mal === null ? Prisma.empty : Prisma.sql`AND EXISTS (SELECT 1 FROM focus_area fa WHERE fa.version_id = v.id ${areaServesGoal("fa")})`}`
    : Prisma.empty;

  const rows = await getDb().$queryRaw<unknown[]>`
    WITH q AS (SELECT websearch_to_tsquery('swedish'::regconfig, ${params.q}) AS query),
    named AS (SELECT o.id FROM organisation o, q WHERE ${hasQuery ? Prisma.sql`to_tsvector('swedish'::regconfig, o.name) @@ q.query` : Prisma.sql`FALSE`}),
    hits AS (
      SELECT 'item' AS kind, i.version_id::text AS version_id, i.title, i.number AS item_number, fa.title AS focus_area_title,
             ${itemSnippet} AS snippet,
             ${hasQuery ? Prisma.sql`ts_rank(to_tsvector('swedish'::regconfig, ${itemText}), q.query)` : Prisma.sql`0`} AS rank,
             fa.position AS area_position, i.position AS item_position
      FROM action_item i JOIN focus_area fa ON fa.id = i.focus_area_id, q
      WHERE i.version_id = ANY(${versionIds}::uuid[])
        AND ${itemMatches}
        ${itemInvolvesOrganisation("i")} ${areaServesGoal("fa")}
      ${otherKinds}
    )
    SELECT kind, version_id, title, item_number, focus_area_title, snippet, count(*) OVER () AS total
    FROM hits
    ORDER BY rank DESC, version_id, area_position, item_position
    LIMIT ${searchResultLimit + 1}`;

  const byId = new Map(candidates.map((c) => [c.id, c]));
  const parsed = z.array(hitRowSchema).parse(rows);
  const hits = parsed.slice(0, searchResultLimit).flatMap((row): SearchHit[] => {
    const version = byId.get(row.version_id);
    if (version === undefined) return [];
    return [
      {
        kind: row.kind,
        county: version.county,
        programme: version.programme,
        versionNumber: version.number,
        versionStatus: version.status,
        title: row.title,
        itemNumber: row.item_number,
        focusAreaTitle: row.focus_area_title,
        snippet: row.snippet,
      },
    ];
  });
  return { hits, truncated: parsed.length > searchResultLimit, total: parsed[0]?.total ?? 0 };
}

/** The filters' choices: counties and organisations that appear in public versions, and every strategy's goals. */
export async function findSearchFilterOptions(): Promise<SearchFilterOptions> {
  const [counties, organisations, strategies] = await Promise.all([
    getDb().county.findMany({ where: { programmes: { some: publicProgrammeWhere() } }, orderBy: { code: "asc" }, select: { slug: true, name: true } }),
    getDb().organisation.findMany({
      where: { itemLinks: { some: { item: { version: publicVersionWhere() } } } },
      orderBy: { name: "asc" },
      select: { slug: true, name: true },
    }),
    getDb().nationalStrategy.findMany({
      orderBy: { periodFrom: "desc" },
      select: { slug: true, shortTitle: true, goals: { orderBy: { number: "asc" }, select: { number: true, shortLabel: true, title: true, titleEn: true, shortLabelEn: true } } },
    }),
  ]);
  return { counties, organisations, strategies };
}
