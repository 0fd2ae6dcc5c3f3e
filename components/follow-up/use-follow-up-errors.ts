"use client";

import { useTranslations } from "next-intl";
import type { FieldErrors } from "@/lib/actions/types";
import { isFollowUpFieldError } from "@/lib/follow-up/schema";

/** Words the follow-up forms' field errors (keys of the "followUpValidation" namespace). */
export function useFollowUpErrors(fieldErrors: FieldErrors | undefined): (field: string) => string | null {
  const t = useTranslations("followUpValidation");
  return (field) => {
    const code = fieldErrors?.[field]?.[0];
    if (code === undefined) return null;
    if (isFollowUpFieldError(code)) return t(code);
    return code === "invalidReference" || code === "invalidDate" || code === "required" || code === "invalidCharacters" ? t(code) : t("invalid");
  };
}
