import type { OrganisationKind } from "@/lib/db/generated/client";
import type { Geography } from "./geography";
import { slugify, uniqueSlugs } from "./slugify";
import { date, required, syncByKey, type SyncCount, type Tx } from "./sync";

type DesiredOrganisation = {
  slug: string;
  kind: OrganisationKind;
  name: string;
  shortName: string | null;
  countyId: string | null;
  municipalityId: string | null;
  policeAreaId: string | null;
  validFrom: Date | null;
  validTo: Date | null;
  active: boolean;
};

export type SeededOrganisations = {
  idBySlug: Map<string, string>;
  countyBoardSlugByCountyCode: Map<string, string>;
  regionSlugByCountyCode: Map<string, string>;
  municipalitySlugByCode: Map<string, string>;
  policeSlugByCountyCode: Map<string, string>;
};

// The county councils became regions on 2019-01-01 (Landstinget Sörmland → Region Sörmland).
// Sörmland's rename is recorded because its demo programme from 2018 was endorsed by the
// landsting; the other counties' predecessors are left for administrators to add.
const SORMLAND_LANDSTING_SLUG = "landstinget-sormland";
const SORMLAND_COUNTY_CODE = "04";
const REGIONS_FORMED = "2019-01-01";
const LANDSTING_DISSOLVED = "2018-12-31";

// Real national bodies that take part in county ANDTS work. Systembolaget is a state-owned
// company, not an agency, so it is OTHER. IOGT-NTO and Länkarna are real associations, included
// as examples of civil-society partners; their county presence is not modelled.
const NATIONAL_ORGANISATIONS: readonly { name: string; kind: OrganisationKind; shortName: string | null }[] = [
  { name: "Folkhälsomyndigheten", kind: "NATIONAL_AGENCY", shortName: "FoHM" },
  { name: "Polismyndigheten", kind: "NATIONAL_AGENCY", shortName: "Polisen" },
  { name: "Tullverket", kind: "NATIONAL_AGENCY", shortName: null },
  { name: "Kriminalvården", kind: "NATIONAL_AGENCY", shortName: null },
  { name: "Socialstyrelsen", kind: "NATIONAL_AGENCY", shortName: null },
  { name: "Spelinspektionen", kind: "NATIONAL_AGENCY", shortName: null },
  { name: "Systembolaget", kind: "OTHER", shortName: null },
  { name: "IOGT-NTO", kind: "CIVIL_SOCIETY", shortName: null },
  { name: "Länkarna", kind: "CIVIL_SOCIETY", shortName: null },
  // Home of the administrators' memberships (slug "lansplan-systemforvaltning"); no county.
  { name: "Länsplan systemförvaltning", kind: "OTHER", shortName: null },
];

function organisation(fields: Partial<DesiredOrganisation> & Pick<DesiredOrganisation, "slug" | "kind" | "name">): DesiredOrganisation {
  return {
    shortName: null,
    countyId: null,
    municipalityId: null,
    policeAreaId: null,
    validFrom: null,
    validTo: null,
    active: true,
    ...fields,
  };
}

export async function seedOrganisations(
  tx: Tx,
  geography: Geography,
  counts: Record<string, SyncCount>,
): Promise<SeededOrganisations> {
  const countyBoardSlugByCountyCode = new Map<string, string>();
  const regionSlugByCountyCode = new Map<string, string>();
  const municipalitySlugByCode = new Map<string, string>();
  const policeSlugByCountyCode = new Map<string, string>();
  const desired: DesiredOrganisation[] = [];

  for (const county of geography.counties) {
    const boardSlug = `lansstyrelsen-${county.slug}`;
    countyBoardSlugByCountyCode.set(county.code, boardSlug);
    desired.push(
      organisation({
        slug: boardSlug,
        kind: "COUNTY_BOARD",
        name: county.lansstyrelseName,
        shortName: `Länsstyrelsen ${county.shortName}`,
        countyId: county.id,
      }),
    );

    // Region Gotland is in law the municipality itself with regional responsibility; the seed
    // still gives Gotland one REGION and one MUNICIPALITY row, like every other county.
    const regionSlug = slugify(county.regionOrganisation);
    regionSlugByCountyCode.set(county.code, regionSlug);
    const isSormland = county.code === SORMLAND_COUNTY_CODE;
    desired.push(
      organisation({
        slug: regionSlug,
        kind: "REGION",
        name: county.regionOrganisation,
        countyId: county.id,
        validFrom: isSormland ? date(REGIONS_FORMED) : null,
      }),
    );
    if (isSormland) {
      desired.push(
        organisation({
          slug: SORMLAND_LANDSTING_SLUG,
          kind: "REGION",
          name: "Landstinget Sörmland",
          countyId: county.id,
          validTo: date(LANDSTING_DISSOLVED),
          active: false,
        }),
      );
    }

    const area = required(geography.policeAreasByCountyCode, county.code, "polisområde för län");
    policeSlugByCountyCode.set(county.code, area.slug);
    desired.push(
      organisation({ slug: area.slug, kind: "POLICE", name: area.name, countyId: county.id, policeAreaId: area.id }),
    );
  }

  const municipalityOrgSlugs = uniqueSlugs(
    geography.municipalities.map((municipality) => ({
      name: municipality.name,
      disambiguator: geography.countiesByCode.get(municipality.countyCode)?.shortName ?? municipality.countyCode,
    })),
  );
  geography.municipalities.forEach((municipality, index) => {
    const slug = municipalityOrgSlugs[index] ?? slugify(municipality.name);
    municipalitySlugByCode.set(municipality.code, slug);
    desired.push(
      organisation({
        slug,
        kind: "MUNICIPALITY",
        name: municipality.name,
        shortName: municipality.shortName,
        countyId: required(geography.countiesByCode, municipality.countyCode, "län").id,
        municipalityId: municipality.id,
      }),
    );
  });

  for (const national of NATIONAL_ORGANISATIONS) {
    desired.push(organisation({ slug: slugify(national.name), kind: national.kind, name: national.name, shortName: national.shortName }));
  }

  const slugs = desired.map((row) => row.slug);
  const duplicate = slugs.find((slug, index) => slugs.indexOf(slug) !== index);
  if (duplicate !== undefined) throw new Error(`Seed: organisationsslug förekommer två gånger: ${duplicate}`);
  const unsafe = slugs.find((slug) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug));
  if (unsafe !== undefined) throw new Error(`Seed: organisationsslug är inte URL-säker: ${unsafe}`);

  counts.organisation = await syncByKey({
    desired,
    existing: await tx.organisation.findMany(),
    keyOf: (row) => row.slug,
    existingKeyOf: (row) => row.slug,
    createMany: (rows) => tx.organisation.createMany({ data: rows }),
    update: (row, data) => tx.organisation.update({ where: { id: row.id }, data }),
  });

  const rows = await tx.organisation.findMany({ select: { id: true, slug: true, predecessorId: true } });
  const idBySlug = new Map(rows.map((row) => [row.slug, row.id]));

  // The succession link needs both ids, so it is set after both rows exist.
  const regionSormland = rows.find((row) => row.slug === regionSlugByCountyCode.get(SORMLAND_COUNTY_CODE));
  const landstingId = required(idBySlug, SORMLAND_LANDSTING_SLUG, "organisation");
  if (regionSormland && regionSormland.predecessorId !== landstingId) {
    await tx.organisation.update({ where: { id: regionSormland.id }, data: { predecessorId: landstingId } });
    counts.organisation.updated += 1;
  }

  return { idBySlug, countyBoardSlugByCountyCode, regionSlugByCountyCode, municipalitySlugByCode, policeSlugByCountyCode };
}
