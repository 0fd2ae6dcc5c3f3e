/**
 * FormData → plain object as every server action reads it: a repeated field becomes a list, and
 * Next's internal $ACTION fields are dropped. Pure and browser-safe: forms validate the same record
 * with the action's own schema before posting, so the browser shows exactly the server's refusals.
 */
export function formDataToRecord(formData: FormData): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData.getAll(key);
    record[key] = values.length === 1 ? values[0] : values;
  }
  return record;
}
