import { describe, expect, test } from "vitest";
import { decodeChange, encodeChange, instanceId } from "@/lib/http/cluster-events.mjs";

describe("cluster change notifications", () => {
  test("a change survives encoding with its sender", () => {
    const paths = [{ path: "/", type: "layout" as const }, { path: "/(public)/site/[locale]/uppfoljning" }];
    expect(decodeChange(encodeChange(paths, "instans-a"))).toEqual({ origin: "instans-a", paths });
  });

  test("this process keeps one id and stamps it on what it sends", () => {
    expect(instanceId()).toBe(instanceId());
    expect(decodeChange(encodeChange([{ path: "/" }]))?.origin).toBe(instanceId());
  });

  test("anything else on the channel is ignored", () => {
    for (const payload of [
      undefined,
      "",
      "not json",
      "null",
      JSON.stringify({ paths: [{ path: "/" }] }),
      JSON.stringify({ origin: "a", paths: [{ path: "relative" }] }),
      JSON.stringify({ origin: "a", paths: [{ path: "/", type: "everything" }] }),
      JSON.stringify({ origin: "a", paths: Array.from({ length: 51 }, () => ({ path: "/" })) }),
    ]) {
      expect(decodeChange(payload)).toBeNull();
    }
  });
});
