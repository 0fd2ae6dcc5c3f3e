import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formFields, formValues, toFormState } from "@/lib/actions/form-state";
import { isOpenVersion, openVersionStatuses, versionStatuses } from "@/lib/programmes/lifecycle";
import {
  auditSearchParamsSchema,
  createProgrammeSchema,
  diffSearchParamsSchema,
  parseVersionRoute,
  startExtensionSchema,
  startRevisionSchema,
  versionFieldsSchema,
  versionSearchParamsSchema,
} from "@/lib/programmes/schema";
import {
  createStrategySchema,
  fieldErrorCodes,
  isFieldErrorCode,
  recordExtensionSchema,
  updateStrategySchema,
} from "@/lib/strategies/schema";

const ID = "6f1d3c2a-8b4e-4f7a-9c51-2d0e7b9a4c13";

/** zod's field errors as the forms and actions see them. */
function errorsOf(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
}

const versionFields = {
  versionId: ID,
  editRevision: "3",
  title: "Åtgärdsprogram 2026–2029",
  validFrom: "2026-01-01",
  validTo: "2029-12-31",
  substances: ["A", "N"],
  nationalStrategyId: ID,
  changeSummary: "  Nytt om spel.  ",
};

describe("the version fields schema", () => {
  it("accepts a well-formed form post and normalises it", () => {
    const parsed = versionFieldsSchema.parse(versionFields);
    expect(parsed).toEqual({
      ...versionFields,
      editRevision: 3,
      validFrom: new Date("2026-01-01T00:00:00.000Z"),
      validTo: new Date("2029-12-31T00:00:00.000Z"),
      changeSummary: "Nytt om spel.",
    });
  });

  it("keeps substances in A, N, D, T, S order whatever order they were posted in, and takes a single checkbox", () => {
    expect(versionFieldsSchema.parse({ ...versionFields, substances: ["S", "A", "T"] }).substances).toEqual(["A", "T", "S"]);
    expect(versionFieldsSchema.parse({ ...versionFields, substances: "D" }).substances).toEqual(["D"]);
  });

  it.each([
    ["an empty title", { title: "   " }, { title: ["required"] }],
    ["a missing title", { title: undefined }, { title: ["required"] }],
    ["a 100 kB title", { title: "x".repeat(100_000) }, { title: ["titleTooLong"] }],
    ["an end before the start", { validFrom: "2030-01-01", validTo: "2029-12-31" }, { validTo: ["endBeforeStart"] }],
    ["a date that does not exist", { validTo: "2029-02-30" }, { validTo: ["invalidDate"] }],
    ["a date in another format", { validFrom: "01/01/2026" }, { validFrom: ["invalidDate"] }],
    ["a date far outside any programme", { validFrom: "1066-10-14" }, { validFrom: ["dateOutOfRange"] }],
    ["no substance", { substances: undefined }, { substances: ["substancesRequired"] }],
    ["an unknown substance", { substances: ["A", "K"] }, { substances: ["invalidSubstance"] }],
    ["a national strategy that is not an id", { nationalStrategyId: "andts-2022" }, { nationalStrategyId: ["invalidReference"] }],
    ["a negative edit revision", { editRevision: "-1" }, { editRevision: ["invalidNumber"] }],
    ["a change summary over 20 000 characters", { changeSummary: "y".repeat(20_001) }, { changeSummary: ["textTooLong"] }],
  ])("refuses %s beside the field", (_name, change, expected) => {
    expect(errorsOf(versionFieldsSchema, { ...versionFields, ...change })).toEqual(expected);
  });

  it("reports every bad field at once, not only the first", () => {
    expect(Object.keys(errorsOf(versionFieldsSchema, { ...versionFields, title: "", validFrom: "x", substances: [] })).sort()).toEqual([
      "substances",
      "title",
      "validFrom",
    ]);
  });

  it("uses only error codes the interface can word", () => {
    const codes = Object.values(errorsOf(versionFieldsSchema, {})).flat();
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) expect(fieldErrorCodes).toContain(code);
  });
});

describe("the strategy schemas", () => {
  const strategy = { title: "Regional strategi", validFrom: "2026-01-01", validTo: "2029-12-31", nationalStrategyId: ID, overarchingText: "" };

  it("accepts a new strategy in a county and an edit carrying its revision", () => {
    expect(createStrategySchema.safeParse({ countyId: ID, ...strategy }).success).toBe(true);
    expect(updateStrategySchema.parse({ strategyId: ID, revision: "0", ...strategy }).revision).toBe(0);
  });

  it("refuses an end before the start, and a missing county", () => {
    expect(errorsOf(createStrategySchema, { ...strategy, validTo: "2025-12-31" })).toEqual({
      countyId: ["invalidReference"],
      validTo: ["endBeforeStart"],
    });
  });

  it("an extension needs a new end, a decision body and a decision date; the Dnr is optional", () => {
    const extension = { strategyId: ID, newValidTo: "2027-12-31", decisionBody: "Länsstyrelsen", decisionDate: "2025-11-20" };
    expect(recordExtensionSchema.parse(extension).diarienummer).toBeNull();
    expect(recordExtensionSchema.parse({ ...extension, diarienummer: " 705-1-2025 " }).diarienummer).toBe("705-1-2025");
    expect(errorsOf(recordExtensionSchema, { strategyId: ID })).toEqual({
      newValidTo: ["required"],
      decisionBody: ["required"],
      decisionDate: ["required"],
    });
    expect(errorsOf(recordExtensionSchema, { ...extension, decisionBody: "x".repeat(201) })).toEqual({ decisionBody: ["shortTextTooLong"] });
  });

  it("knows its own error codes and nothing else", () => {
    expect(isFieldErrorCode("endBeforeStart")).toBe(true);
    expect(isFieldErrorCode("Invalid input: expected string")).toBe(false);
  });
});

describe("the programme and version start schemas", () => {
  it("a new programme needs a title, a validity and at least one substance", () => {
    expect(
      errorsOf(createProgrammeSchema, { strategyId: ID, title: "", validFrom: "2026-01-01", validTo: "2026-01-01" }),
    ).toEqual({ title: ["required"], substances: ["substancesRequired"] });
  });

  it("a revision keeps the published strategy when none is chosen", () => {
    expect(startRevisionSchema.parse({ programmeId: ID }).nationalStrategyId).toBeNull();
    expect(startRevisionSchema.parse({ programmeId: ID, nationalStrategyId: "" }).nationalStrategyId).toBeNull();
    expect(startRevisionSchema.parse({ programmeId: ID, nationalStrategyId: ID }).nationalStrategyId).toBe(ID);
    expect(errorsOf(startRevisionSchema, { programmeId: ID, nationalStrategyId: "x" })).toHaveProperty("nationalStrategyId");
  });

  it("an extension needs a valid new end date", () => {
    expect(errorsOf(startExtensionSchema, { programmeId: ID, validTo: "" })).toEqual({ validTo: ["required"] });
  });
});

describe("page parameters never fail", () => {
  it("the diff query falls back to null for anything that is not a version number or an id", () => {
    expect(diffSearchParamsSchema.parse({ fran: "1", till: ["3", "4"], organisation: ID })).toEqual({ fran: 1, till: 3, organisation: ID });
    expect(diffSearchParamsSchema.parse({ fran: "-1", till: "x", organisation: "'; drop table" })).toEqual({
      fran: null,
      till: null,
      organisation: null,
    });
    expect(diffSearchParamsSchema.parse({})).toEqual({ fran: null, till: null, organisation: null });
  });

  it("the audit page is page 1 unless a positive integer is given", () => {
    expect(auditSearchParamsSchema.parse({ sida: "3" }).sida).toBe(3);
    expect(auditSearchParamsSchema.parse({ sida: "0" }).sida).toBe(1);
    expect(auditSearchParamsSchema.parse({}).sida).toBe(1);
  });

  it("the withdrawal confirmation opens only on ?aterkalla=1", () => {
    expect(versionSearchParamsSchema.parse({ aterkalla: "1" }).aterkalla).toBe(true);
    expect(versionSearchParamsSchema.parse({ aterkalla: "ja" }).aterkalla).toBe(false);
  });
});

describe("form state", () => {
  it("echoes what was posted, checkboxes joined, Next's own fields left out", () => {
    const data = new FormData();
    data.append("title", "Min titel");
    data.append("substances", "A");
    data.append("substances", "S");
    data.append("$ACTION_ID_abc", "");
    expect(formValues(data)).toEqual({ title: "Min titel", substances: "A,S" });
    expect(formFields(data)).toEqual({ title: "Min titel", substances: ["A", "S"] });
  });

  it("carries the values with an error and the current record with a conflict", () => {
    expect(toFormState({ ok: false, code: "VALIDATION", fieldErrors: { title: ["required"] } }, { title: "" })).toEqual({
      status: "error",
      code: "VALIDATION",
      fieldErrors: { title: ["required"] },
      values: { title: "" },
    });
    expect(toFormState({ ok: false, code: "CONFLICT", details: { revision: 2 } }, { title: "x" })).toMatchObject({ details: { revision: 2 } });
    expect(toFormState({ ok: true, data: 1 }, {})).toEqual({ status: "success", data: 1, values: {} });
  });
});

describe("open versions", () => {
  it("a version is open from draft until ratified; published, superseded and withdrawn ones are not", () => {
    expect(versionStatuses.filter(isOpenVersion)).toEqual([...openVersionStatuses]);
    expect(openVersionStatuses).toEqual(["DRAFT", "CONSULTATION", "ENDORSEMENT", "RATIFIED"]);
  });
});

describe("workspace version addresses", () => {
  it("a valid programme id and version number, or null for a 404", () => {
    const programmeId = "3f0c1c5e-8a57-4d6b-9d1e-2b1f4f2a9c11";
    expect(parseVersionRoute({ programmeId, number: "2" })).toEqual({ programmeId, number: 2 });
    expect(parseVersionRoute({ programmeId: "inte-ett-id", number: "2" })).toBeNull();
    for (const number of ["0", "-1", "1.5", "abc", "100001"]) expect(parseVersionRoute({ programmeId, number }), number).toBeNull();
  });
});
