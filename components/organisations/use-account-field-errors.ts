"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/actions/form-state";

/** The message keys lib's account schemas and mutations use (the "accountForms" namespace). */
const accountFieldErrorCodes = [
  "required",
  "invalid",
  "invalidRole",
  "coordinatorOnlyAtCountyBoard",
  "alreadyMember",
  "nameTooLong",
  "titleTooLong",
  "shortTextTooLong",
  "invalidDate",
  "dateOutOfRange",
  "invalidKind",
  "invalidReference",
  "notAMember",
  "versionNotDelegable",
  "alreadyDelegated",
] as const;

type AccountFieldErrorCode = (typeof accountFieldErrorCodes)[number];

function isAccountFieldErrorCode(value: string): value is AccountFieldErrorCode {
  return accountFieldErrorCodes.some((code) => code === value);
}

/** Words a form's field errors (message keys of lib's account schemas); null when the field has none. */
export function useAccountFieldErrors(state: FormState<unknown>): (field: string) => string | null {
  const t = useTranslations("accountForms");
  return (field) => {
    const code = state.status === "error" ? state.fieldErrors[field]?.[0] : undefined;
    if (code === undefined) return null;
    return isAccountFieldErrorCode(code) ? t(code) : t("invalidReference");
  };
}
