/**
 * Characters no text field accepts: NUL and the other C0 control characters (tab, line feed and
 * carriage return excepted: multi-line fields need them), DEL, the C1 controls (U+0080–U+009F,
 * which include the escape sequences terminals read), lone UTF-16 surrogates, which PostgreSQL
 * cannot store (22021), and U+FFFD, which is what a lone surrogate becomes once a browser or
 * Node encodes a form: the text was already damaged, so the user is asked rather than the damage
 * stored. Pure and browser-safe.
 */
// Finding control characters is the point of this pattern.
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

/** True when `text` holds a character no field may store. */
export function hasForbiddenCharacters(text: string): boolean {
  // With the `u` flag a surrogate pair is one code point and matches neither class; a lone half does.
  return forbidden.test(text);
}

/**
 * The fields of a submitted record (form fields or a JSON payload, nested lists and objects
 * included) whose text holds a forbidden character, by their top-level field name.
 */
export function fieldsWithForbiddenCharacters(record: unknown): string[] {
  if (typeof record !== "object" || record === null) return [];
  const fields: string[] = [];
  for (const [field, value] of Object.entries(record)) {
    if (containsForbidden(value, 0)) fields.push(field);
  }
  return fields;
}

function containsForbidden(value: unknown, depth: number): boolean {
  if (typeof value === "string") return hasForbiddenCharacters(value);
  if (depth > 8 || typeof value !== "object" || value === null) return false;
  if (typeof Blob !== "undefined" && value instanceof Blob) return false;
  const values = Array.isArray(value) ? value : Object.values(value);
  return values.some((item) => containsForbidden(item, depth + 1));
}
