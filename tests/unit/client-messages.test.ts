import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { clientMessagesFile, clientMessagesText } from "@/i18n/client-messages";
import { locales } from "@/i18n/config";
import { loadMessages } from "@/i18n/messages";

const root = path.resolve(import.meta.dirname, "../..");

describe("the client components' messages (i18n/generated, npm run i18n:client)", () => {
  test.each(locales)("the %s file is the catalogue's client namespaces as they are now", async (locale) => {
    const kept = readFileSync(path.join(root, clientMessagesFile(locale)), "utf8");
    // If this fails: a message or the namespace list changed; run `npm run i18n:client` and commit the files.
    expect(kept).toBe(await clientMessagesText(locale));
  });

  test("both languages carry the same namespaces and keys, and the files hold the catalogue's own texts", async () => {
    const keys = (value: unknown, prefix = ""): string[] =>
      typeof value === "object" && value !== null ? Object.entries(value).flatMap(([key, inner]) => keys(inner, `${prefix}${key}.`)) : [prefix];
    const [sv, en] = locales.map((locale) => JSON.parse(readFileSync(path.join(root, clientMessagesFile(locale)), "utf8")) as unknown);
    expect(keys(en)).toEqual(keys(sv));
    expect(keys(sv).length).toBeGreaterThan(500);
    const svMessages = await loadMessages("sv");
    expect((sv as { editing: { moveTo: string } }).editing.moveTo).toBe(svMessages.editing.moveTo);
  });
});
