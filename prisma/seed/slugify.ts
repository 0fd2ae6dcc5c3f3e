/**
 * URL segment from a Swedish name: "Västra Götaland" → "vastra-gotaland". å/ä → a and ö → o,
 * as Swedish public bodies do in their own URLs (lansstyrelsen.se/vastra-gotaland).
 */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * Slugs for a list of names where a plain slug may collide (Håbo and Habo both give "habo"):
 * every member of a colliding group gets its disambiguator appended, so no name silently wins
 * the short form and the result does not depend on input order.
 */
export function uniqueSlugs(entries: readonly { name: string; disambiguator: string }[]): string[] {
  const base = entries.map((entry) => slugify(entry.name));
  const counts = new Map<string, number>();
  for (const slug of base) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  const result = base.map((slug, index) =>
    (counts.get(slug) ?? 0) > 1 ? `${slug}-${slugify(entries[index]?.disambiguator ?? "")}` : slug,
  );
  if (new Set(result).size !== result.length) throw new Error("uniqueSlugs: disambiguated slugs still collide");
  return result;
}
