"use client";

import { useEffect, type RefObject } from "react";

/**
 * After a refused submit, moves focus to the first field marked aria-invalid in the form, so a
 * keyboard or screen reader user lands on what needs fixing. `trigger` changes with each result.
 */
export function useFocusFirstError(form: RefObject<HTMLFormElement | null>, trigger: unknown): void {
  useEffect(() => {
    const invalid = form.current?.querySelector<HTMLElement>("[aria-invalid='true']");
    invalid?.focus();
  }, [form, trigger]);
}
