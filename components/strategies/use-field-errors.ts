"use client";

import { useTranslations } from "next-intl";
import type { FieldErrors } from "@/lib/actions/types";
import { isFieldErrorCode } from "@/lib/strategies/schema";

/**
 * Words the field errors of a form (the message keys of the zod schemas in lib) in the reader's
 * language. Returns the message for a field, or null when it has none.
 */
export function useFieldErrors(fieldErrors: FieldErrors | undefined): (field: string) => string | null {
  const t = useTranslations("validation");
  return (field) => {
    const code = fieldErrors?.[field]?.[0];
    if (code === undefined) return null;
    return isFieldErrorCode(code) ? t(code) : t("invalid");
  };
}
