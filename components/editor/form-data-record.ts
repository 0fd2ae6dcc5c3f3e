/**
 * FormData as the server action wrapper reads it (lib/actions/define-action.ts): a repeated field
 * becomes a list. Forms validate this with the action's own schema before posting, so the browser
 * shows exactly the refusals the server would give.
 */
export function formDataToRecord(formData: FormData): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    const values = formData.getAll(key);
    record[key] = values.length === 1 ? values[0] : values;
  }
  return record;
}
