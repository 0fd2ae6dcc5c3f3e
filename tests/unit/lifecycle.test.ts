import { describe, expect, it } from "vitest";
import {
  isEditable,
  isFrozen,
  isPublic,
  isWithdrawable,
  transition,
  validityAt,
  versionEvents,
  versionStatuses,
  type VersionEvent,
} from "@/lib/programmes/lifecycle";
import type { VersionStatus } from "@/lib/db/generated/client";

// The expected table, written out from DOMAIN.md independently of the implementation's table.
const legal: Record<string, VersionStatus> = {
  "DRAFT EDIT": "DRAFT",
  "DRAFT SEND_TO_CONSULTATION": "CONSULTATION",
  "DRAFT SEND_FOR_ENDORSEMENT": "ENDORSEMENT",
  "DRAFT WITHDRAW": "WITHDRAWN",
  "CONSULTATION CLOSE_CONSULTATION": "DRAFT",
  "CONSULTATION WITHDRAW": "WITHDRAWN",
  "ENDORSEMENT RATIFY": "RATIFIED",
  "ENDORSEMENT REOPEN": "DRAFT",
  "ENDORSEMENT WITHDRAW": "WITHDRAWN",
  "RATIFIED PUBLISH": "PUBLISHED",
  "PUBLISHED SUPERSEDE": "SUPERSEDED",
};

describe("version lifecycle: every state × every event", () => {
  for (const status of versionStatuses) {
    for (const event of versionEvents) {
      const expected = legal[`${status} ${event}`];
      it(`${status} + ${event} → ${expected ?? "refused"}`, () => {
        const result = transition(status, event, { endorsementsComplete: true });
        if (expected) expect(result).toEqual({ ok: true, next: expected });
        else expect(result).toEqual({ ok: false, code: "INVALID_TRANSITION", reason: "NOT_ALLOWED_FROM_STATUS" });
      });
    }
  }

  it("has exactly the statuses and events of the domain", () => {
    expect([...versionStatuses].sort()).toEqual(
      ["CONSULTATION", "DRAFT", "ENDORSEMENT", "PUBLISHED", "RATIFIED", "SUPERSEDED", "WITHDRAWN"].sort(),
    );
    const events: VersionEvent[] = [...versionEvents];
    expect(events).toHaveLength(9);
  });

  it("refuses to ratify until every required organisation has endorsed", () => {
    expect(transition("ENDORSEMENT", "RATIFY", { endorsementsComplete: false })).toEqual({
      ok: false,
      code: "INVALID_TRANSITION",
      reason: "ENDORSEMENTS_INCOMPLETE",
    });
    expect(transition("ENDORSEMENT", "RATIFY")).toMatchObject({ ok: false, reason: "ENDORSEMENTS_INCOMPLETE" });
  });
});

describe("derived status predicates", () => {
  it("content is editable only in DRAFT", () => {
    expect(versionStatuses.filter(isEditable)).toEqual(["DRAFT"]);
  });
  it("content is frozen for good from ENDORSEMENT on", () => {
    expect(versionStatuses.filter(isFrozen)).toEqual(["ENDORSEMENT", "RATIFIED", "PUBLISHED", "SUPERSEDED"]);
  });
  it("only PUBLISHED and SUPERSEDED versions are public", () => {
    expect(versionStatuses.filter(isPublic)).toEqual(["PUBLISHED", "SUPERSEDED"]);
  });
  it("only versions not yet ratified can be withdrawn", () => {
    expect(versionStatuses.filter(isWithdrawable)).toEqual(["DRAFT", "CONSULTATION", "ENDORSEMENT"]);
  });
});

describe("validityAt", () => {
  const from = new Date("2018-01-01");
  const to = new Date("2021-12-31");
  it.each([
    ["2017-12-31", "UPCOMING"],
    ["2018-01-01", "IN_FORCE"],
    ["2021-12-31", "IN_FORCE"],
    ["2022-01-01", "EXPIRED"],
  ])("on %s the programme is %s", (day, expected) => {
    expect(validityAt(from, to, new Date(`${day}T12:00:00Z`))).toBe(expected);
  });
});
