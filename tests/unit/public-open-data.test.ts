import { describe, expect, test } from "vitest";
import { cacheControl, installErrorResponseCacheGuard, publicCacheHeaderRules, type PatchableResponse } from "@/lib/http/cache-control";
import { csvCell } from "@/lib/publications/csv";
import { buildOpenDataSchema, csvColumns, downloadPath, publicPath, versionPath } from "@/lib/publications/open-data";

describe("CSV cells", () => {
  test("quotes commas, quotes and line breaks (RFC 4180)", () => {
    expect(csvCell("enkel")).toBe("enkel");
    expect(csvCell("a, b")).toBe('"a, b"');
    expect(csvCell('säger "hej"')).toBe('"säger ""hej"""');
    expect(csvCell("rad 1\nrad 2")).toBe('"rad 1\nrad 2"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(2024)).toBe("2024");
  });

  test("a cell a spreadsheet would run as a formula gets a leading apostrophe", () => {
    for (const formula of ["=SUM(A1)", "+1", "-2+3", "@cmd"]) expect(csvCell(formula)).toBe(`'${formula}`);
    expect(csvCell("=1,2")).toBe(`"'=1,2"`);
  });
});

describe("addresses", () => {
  test("Swedish pages have no prefix, English ones /en", () => {
    expect(publicPath("sv", "/")).toBe("/");
    expect(publicPath("en", "/")).toBe("/en");
    expect(publicPath("en", "/lan/kronoberg")).toBe("/en/lan/kronoberg");
    expect(versionPath("kronoberg", "andts", 2)).toBe("/lan/kronoberg/andts/version/2");
    expect(downloadPath("kronoberg", "andts", 2, "atgarder.csv")).toBe("/api/open-data/lan/kronoberg/andts/version/2/atgarder.csv");
  });
});

describe("open data schema", () => {
  test("version 1 describes the version document and the list, and names every CSV column", () => {
    const schema = buildOpenDataSchema();
    expect(schema.$id).toBe("/api/open-data/schema/v1.json");
    expect(Object.keys(schema.$defs)).toEqual(expect.arrayContaining(["version", "versionList"]));
    expect(schema.$defs.version.required).toEqual(expect.arrayContaining(["contentHash", "focusAreas", "endorsements", "ratification"]));
    for (const column of csvColumns) expect(schema.description).toContain(column);
  });
});

describe("HTTP caching", () => {
  test("version URLs are immutable, current-version URLs short-lived, in both languages", () => {
    const rules = publicCacheHeaderRules();
    const valueFor = (source: string) => rules.find((rule) => rule.source === source)?.headers[0]?.value;
    expect(valueFor("/:en(en)?/lan/:county/:programme/version/:number")).toBe(cacheControl.immutable);
    expect(valueFor("/:en(en)?/lan/:county/:programme")).toBe("public, max-age=60");
    expect(cacheControl.immutable).toBe("public, max-age=31536000, immutable");
  });

  function fakeResponse(cacheHeader: string | undefined) {
    const headers = new Map<string, string>();
    if (cacheHeader !== undefined) headers.set("cache-control", cacheHeader);
    const written: number[] = [];
    const prototype: PatchableResponse = {
      writeHead: (...args: never[]) => {
        written.push(Number(args[0]));
        return undefined;
      },
      getHeader: (name: string) => headers.get(name.toLowerCase()),
      setHeader: (name: string, value: string) => headers.set(name.toLowerCase(), value),
    };
    installErrorResponseCacheGuard(prototype);
    return { prototype, headers, written };
  }

  test.each([
    [404, cacheControl.immutable, "no-store"],
    [404, "s-maxage=31536000", "no-store"],
    [500, "public, max-age=60", "no-store"],
    [404, "private, no-cache, no-store, max-age=0, must-revalidate", "private, no-cache, no-store, max-age=0, must-revalidate"],
    [200, cacheControl.immutable, cacheControl.immutable],
    [307, "public, max-age=60", "public, max-age=60"],
  ] as const)("status %i with %s is sent with %s", (status, before, after) => {
    const { prototype, headers, written } = fakeResponse(before);
    Reflect.apply(prototype.writeHead, prototype, [status]);
    expect(written).toEqual([status]);
    expect(headers.get("cache-control")).toBe(after);
  });
});
