import { describe, expect, it } from "vitest";
import { formDataToRecord } from "@/lib/actions/form-data";

describe("formDataToRecord", () => {
  it("turns repeated fields into lists, keeps single ones as values and drops Next's $ACTION fields", () => {
    const form = new FormData();
    form.append("title", "Tillsyn");
    form.append("goalIds", "a");
    form.append("goalIds", "b");
    form.append("$ACTION_ID_123", "");
    expect(formDataToRecord(form)).toEqual({ title: "Tillsyn", goalIds: ["a", "b"] });
  });
});
