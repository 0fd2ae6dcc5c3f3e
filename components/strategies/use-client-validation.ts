"use client";

import { useState, type FormEvent } from "react";
import { z } from "zod";
import { formFields } from "@/lib/actions/form-state";
import type { FieldErrors } from "@/lib/actions/types";

/**
 * Checks a form with the same zod schema the server action uses, before it is sent: errors show
 * beside the fields at once, and the server refuses the same input the same way if it is posted
 * directly. `onSubmit` prevents the submit when the input is refused.
 */
export function useClientValidation(schema: z.ZodType): {
  clientErrors: FieldErrors | null;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
} {
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  return {
    clientErrors,
    onSubmit: (event) => {
      const parsed = schema.safeParse(formFields(new FormData(event.currentTarget)));
      if (parsed.success) {
        setClientErrors(null);
        return;
      }
      event.preventDefault();
      setClientErrors(z.flattenError(parsed.error).fieldErrors);
    },
  };
}
