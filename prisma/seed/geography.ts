import type { ReferenceData } from "./reference-data";
import { slugify, uniqueSlugs } from "./slugify";
import { required, syncByKey, type SyncCount, type Tx } from "./sync";

export type SeededCounty = {
  id: string;
  code: string;
  slug: string;
  name: string;
  shortName: string;
  policeRegionId: string;
  lansstyrelseName: string;
  regionOrganisation: string;
};

export type SeededMunicipality = { id: string; code: string; slug: string; name: string; shortName: string; countyCode: string };
export type SeededPoliceArea = { id: string; slug: string; name: string; countyCode: string };

export type Geography = {
  counties: SeededCounty[];
  countiesByCode: Map<string, SeededCounty>;
  municipalities: SeededMunicipality[];
  policeAreasByCountyCode: Map<string, SeededPoliceArea>;
};

/** Name of a county's police area: see the comment in seedGeography. */
export function policeAreaName(countyShortName: string): string {
  return `Polisområde ${countyShortName}`;
}

export async function seedGeography(
  tx: Tx,
  reference: ReferenceData,
  counts: Record<string, SyncCount>,
): Promise<Geography> {
  const { sweden } = reference;
  checkConsistency(reference);

  counts.policeRegion = await syncByKey({
    desired: sweden.policeRegions.map((region) => ({
      id: region.id,
      name: region.name,
      seat: region.seatBestKnowledge ?? null,
    })),
    existing: await tx.policeRegion.findMany(),
    keyOf: (row) => row.id,
    existingKeyOf: (row) => row.id,
    createMany: (rows) => tx.policeRegion.createMany({ data: rows }),
    update: (row, data) => tx.policeRegion.update({ where: { id: row.id }, data }),
  });

  const countySlugs = uniqueSlugs(sweden.counties.map((county) => ({ name: county.shortName, disambiguator: county.code })));
  counts.county = await syncByKey({
    desired: sweden.counties.map((county, index) => ({
      code: county.code,
      isoCode: county.isoCode,
      slug: countySlugs[index] ?? slugify(county.shortName),
      name: county.name,
      shortName: county.shortName,
      policeRegionId: county.policeRegionId,
    })),
    existing: await tx.county.findMany(),
    keyOf: (row) => row.code,
    existingKeyOf: (row) => row.code,
    createMany: (rows) => tx.county.createMany({ data: rows }),
    update: (row, data) => tx.county.update({ where: { id: row.id }, data }),
  });

  const countyRows = await tx.county.findMany({ orderBy: { code: "asc" } });
  const countyIdByCode = new Map(countyRows.map((row) => [row.code, row.id]));
  const countyById = new Map(countyRows.map((row) => [row.id, row]));
  const countyRef = new Map(sweden.counties.map((county) => [county.code, county]));

  const municipalitySlugs = uniqueSlugs(
    sweden.municipalities.map((municipality) => ({
      name: municipality.name,
      disambiguator: countyRef.get(municipality.countyCode)?.shortName ?? municipality.countyCode,
    })),
  );
  counts.municipality = await syncByKey({
    desired: sweden.municipalities.map((municipality, index) => ({
      code: municipality.code,
      slug: municipalitySlugs[index] ?? slugify(municipality.name),
      name: municipality.nameWithKommun,
      shortName: municipality.name,
      countyId: required(countyIdByCode, municipality.countyCode, "län"),
    })),
    existing: await tx.municipality.findMany(),
    keyOf: (row) => row.code,
    existingKeyOf: (row) => row.code,
    createMany: (rows) => tx.municipality.createMany({ data: rows }),
    update: (row, data) => tx.municipality.update({ where: { id: row.id }, data }),
  });

  // Best knowledge, not from the reference file: one police area per county named
  // "Polisområde <län>". That matches most counties (PO Södermanland, PO Kronoberg …), but e.g.
  // Stockholm is really split into PO City, Nord and Syd. Admins can correct this in the app.
  counts.policeArea = await syncByKey({
    desired: sweden.counties.map((county) => ({
      slug: slugify(policeAreaName(county.shortName)),
      name: policeAreaName(county.shortName),
      policeRegionId: county.policeRegionId,
      countyId: required(countyIdByCode, county.code, "län"),
    })),
    existing: await tx.policeArea.findMany(),
    keyOf: (row) => row.slug,
    existingKeyOf: (row) => row.slug,
    createMany: (rows) => tx.policeArea.createMany({ data: rows }),
    update: (row, data) => tx.policeArea.update({ where: { id: row.id }, data }),
  });

  const counties: SeededCounty[] = countyRows.map((row) => {
    const ref = countyRef.get(row.code);
    if (!ref) throw new Error(`Seed: län ${row.code} finns i databasen men inte i sweden.json`);
    return {
      id: row.id,
      code: row.code,
      slug: row.slug,
      name: row.name,
      shortName: row.shortName,
      policeRegionId: row.policeRegionId,
      lansstyrelseName: ref.lansstyrelseName,
      regionOrganisation: ref.regionOrganisation,
    };
  });

  const municipalityRows = await tx.municipality.findMany({ orderBy: { code: "asc" } });
  const municipalities = municipalityRows.map((row) => ({
    id: row.id,
    code: row.code,
    slug: row.slug,
    name: row.name,
    shortName: row.shortName,
    countyCode: required(countyById, row.countyId, "län").code,
  }));

  const areaRows = await tx.policeArea.findMany();
  const policeAreasByCountyCode = new Map<string, SeededPoliceArea>();
  for (const row of areaRows) {
    const countyCode = countyById.get(row.countyId)?.code;
    if (countyCode === undefined) continue;
    policeAreasByCountyCode.set(countyCode, { id: row.id, slug: row.slug, name: row.name, countyCode });
  }

  return {
    counties,
    countiesByCode: new Map(counties.map((county) => [county.code, county])),
    municipalities,
    policeAreasByCountyCode,
  };
}

/** The reference file must agree with itself before anything is written. */
function checkConsistency({ sweden }: ReferenceData): void {
  const countyCodes = new Set(sweden.counties.map((county) => county.code));
  const regionIds = new Set(sweden.policeRegions.map((region) => region.id));
  for (const county of sweden.counties) {
    if (!regionIds.has(county.policeRegionId)) {
      throw new Error(`sweden.json: ${county.name} hänvisar till okänd polisregion ${county.policeRegionId}`);
    }
    const region = sweden.policeRegions.find((candidate) => candidate.id === county.policeRegionId);
    if (region && !region.countyCodes.includes(county.code)) {
      throw new Error(`sweden.json: ${region.name} saknar ${county.name} i countyCodes`);
    }
    const municipalityCount = sweden.municipalities.filter((municipality) => municipality.countyCode === county.code).length;
    if (municipalityCount !== county.municipalityCount) {
      throw new Error(`sweden.json: ${county.name} har ${municipalityCount} kommuner, väntat ${county.municipalityCount}`);
    }
  }
  for (const municipality of sweden.municipalities) {
    if (!countyCodes.has(municipality.countyCode)) {
      throw new Error(`sweden.json: ${municipality.nameWithKommun} hänvisar till okänt län ${municipality.countyCode}`);
    }
  }
}
