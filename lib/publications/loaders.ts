import "server-only";
import { revalidatePath } from "next/cache";
import { cache } from "react";
import { buildItemsCsv } from "@/lib/publications/csv";
import { buildActionsXlsx } from "@/lib/publications/xlsx";
import {
  findPublicConsultation,
  findHomeOverview,
  findNationalRollup,
  findPublicCounty,
  findPublicOrganisation,
  findPublicVersion,
  findPublicVersionComparison,
  listNationalStrategies,
  listPublishedVersions,
} from "@/lib/publications/data";
import { buildOpenDataSchema, buildVersionDocument, buildVersionList } from "@/lib/publications/open-data";
import { renderVersionPdf, type PdfLabels } from "@/lib/publications/pdf";
import { findSuccessorsForContent } from "@/lib/organisations/data";
import { diffVersions } from "@/lib/programmes/diff";
import { validityAt } from "@/lib/programmes/lifecycle";
import { announcePublicPageChange } from "@/lib/cluster/mutations";
import { purgePublicPageStore } from "@/lib/http/public-page-store-bridge";
import type {
  PublicConsultationPage,
  CurrentPublicVersion,
  ExportFormat,
  HomeOverview,
  NationalRollup,
  NationalStrategyRef,
  PublicCounty,
  PublicOrganisation,
  PublicVersion,
  PublicVersionChanges,
  VersionExport,
} from "@/lib/publications/types";

/*
 * Public reads for pages and downloads. No session: everything here is what an anonymous visitor
 * may see (lib/publications/data.ts holds the visibility rules). Pages that use these loaders are
 * rendered once and served from Next's cache until invalidatePublishedProgramme() runs.
 */

/** Route parameters arrive as text; a version number is a positive integer or nothing. */
export function parseVersionNumber(value: string): number | null {
  return /^[1-9][0-9]{0,5}$/.test(value) ? Number(value) : null;
}

export const loadHomeOverview = cache(async (): Promise<HomeOverview> => findHomeOverview(new Date()));

export const loadPublicCounty = cache(async (countySlug: string): Promise<PublicCounty | null> => findPublicCounty(countySlug, new Date()));

/** The newest public version of a programme ("current version" URL). */
export const loadCurrentPublicVersion = cache(async (countySlug: string, programmeSlug: string): Promise<CurrentPublicVersion | null> => {
  const version = await findPublicVersion(countySlug, programmeSlug, null);
  return version === null ? null : { ...version, validity: validityAt(version.validFrom, version.validTo, new Date()) };
});

/** One public version by number (version URL). */
export const loadPublicVersion = cache(async (countySlug: string, programmeSlug: string, number: number): Promise<PublicVersion | null> =>
  findPublicVersion(countySlug, programmeSlug, number),
);

/** Version `number` against the public version before it, with the structured diff. */
export const loadPublicVersionChanges = cache(async (countySlug: string, programmeSlug: string, number: number): Promise<PublicVersionChanges | null> => {
  const comparison = await findPublicVersionComparison(countySlug, programmeSlug, number);
  if (comparison === null) return null;
  // A wound-up organisation and its successor read as one renamed organisation, as in the workspace.
  const successorOf = await findSuccessorsForContent(comparison.before.content);
  return { ...comparison, diff: diffVersions(comparison.before.content, comparison.after.content, { successorOf }) };
});

/** The remissammanställning of a public version. */
export const loadPublicConsultation = cache(async (countySlug: string, programmeSlug: string, number: number): Promise<PublicConsultationPage | null> =>
  findPublicConsultation(countySlug, programmeSlug, number),
);

export const loadNationalRollup = cache(async (strategySlug: string): Promise<NationalRollup | null> => findNationalRollup(strategySlug, new Date()));

export const loadNationalStrategies = cache(async (): Promise<NationalStrategyRef[]> => listNationalStrategies());

export const loadPublicOrganisation = cache(async (organisationSlug: string): Promise<PublicOrganisation | null> =>
  findPublicOrganisation(organisationSlug, new Date()),
);

// ───────────── Open data ─────────────

export async function loadVersionList() {
  return buildVersionList(await listPublishedVersions(), new Date());
}

export function loadOpenDataSchema() {
  return buildOpenDataSchema();
}

const contentTypes: Record<ExportFormat, string> = {
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8; header=present",
  "excel-csv": "text/csv; charset=utf-8; header=present",
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** A download of one public version; null when the version is not public (or does not exist). */
export async function loadVersionExport(
  countySlug: string,
  programmeSlug: string,
  number: number,
  format: ExportFormat,
  pdfLabels: PdfLabels,
): Promise<VersionExport | null> {
  const version = await findPublicVersion(countySlug, programmeSlug, number);
  if (version === null) return null;
  const base = `${countySlug}-${programmeSlug}-version-${number}`;
  const filenames: Record<ExportFormat, string> = {
    json: `${base}.json`,
    csv: `${base}-atgarder.csv`,
    "excel-csv": `${base}-atgarder-excel.csv`,
    pdf: `${base}.pdf`,
    // The layout of the import template (lib/publications/xlsx.ts): <programme>-version-<n>-atgarder.xlsx.
    xlsx: `${programmeSlug}-version-${number}-atgarder.xlsx`,
  };
  const body = await renderExport(version, format, pdfLabels);
  return { body, contentType: contentTypes[format], filename: filenames[format], contentHash: version.contentHash };
}

async function renderExport(version: PublicVersion, format: ExportFormat, pdfLabels: PdfLabels): Promise<Uint8Array<ArrayBuffer>> {
  switch (format) {
    case "json":
      return new TextEncoder().encode(`${JSON.stringify(buildVersionDocument(version), null, 2)}\n`);
    case "csv":
      return new TextEncoder().encode(buildItemsCsv(version));
    case "excel-csv":
      return new TextEncoder().encode(buildItemsCsv(version, "excel-sv"));
    case "xlsx":
      return buildActionsXlsx(version);
    case "pdf":
      return renderVersionPdf(version, pdfLabels);
  }
}

// ───────────── Invalidation ─────────────

/**
 * Call after a version of `programmeId` has been published (in the same server action, after the
 * commit). Every public page and download depends on the set of published versions (county pages,
 * the national roll-up, organisation pages, the lists), so the whole public site is revalidated:
 * publishing is rare and each page is rendered again only when it is next requested.
 * Pages of other versions keep their content (it never changes); only their server cache entry is
 * renewed. `programmeId` names the cause for the server log. The other instances on the database
 * are told to do the same (announcePublicPageChange).
 */
export async function invalidatePublishedProgramme(programmeId: string): Promise<void> {
  revalidatePath("/", "layout");
  purgePublicPageStore();
  await announcePublicPageChange([{ path: "/", type: "layout" }]);
  if (process.env.NODE_ENV !== "test") console.info(`Publika sidor förnyas efter publicering i program ${programmeId}.`);
}
