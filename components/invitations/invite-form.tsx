"use client";

import { useTranslations } from "next-intl";
import { useActionState, useRef } from "react";
import { RateLimitText } from "@/components/organisations/rate-limit-text";
import { useAccountFieldErrors } from "@/components/organisations/use-account-field-errors";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { SelectField, TextField } from "@/components/ui/text-field";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { idleFormState, type FormState } from "@/lib/actions/form-state";
import { inviteMemberAction } from "@/lib/invitations/actions";
import type { InvitableRole } from "@/lib/invitations/schema";
import type { InvitationSent } from "@/lib/invitations/types";

/** Invites a person by e-mail with a role. After sending, the form is empty for the next one. */
export function InviteForm({ organisationId, roles }: { organisationId: string; roles: readonly InvitableRole[] }) {
  const t = useTranslations("invitations");
  const tRoles = useTranslations("roles");
  const tErrors = useTranslations("errors");
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction] = useActionState<FormState<InvitationSent>, FormData>(inviteMemberAction, idleFormState);
  const errorOf = useAccountFieldErrors(state);
  useFocusFirstError(formRef, state);
  const values = state.status === "error" ? state.values : {};
  const retryAfter = state.status === "error" ? state.details?.["retryAfterSeconds"] : undefined;
  return (
    <form ref={formRef} action={formAction} noValidate className="max-w-xl space-y-4" data-testid="invite-form">
      <FormMessage tone={state.status === "success" ? "success" : "error"}>
        {state.status === "success" && <p>{t("sent", { email: state.data.email })}</p>}
        {state.status === "error" &&
          (state.code === "RATE_LIMITED" && typeof retryAfter === "number" ? (
            <p>
              <RateLimitText retryAfterSeconds={retryAfter} messageKey="invitations.rateLimited" />
            </p>
          ) : (
            <p>{tErrors(state.code)}</p>
          ))}
      </FormMessage>
      <input type="hidden" name="organisationId" value={organisationId} />
      <TextField
        // A new key after each sent invitation empties the field for the next one.
        key={state.status === "success" ? state.data.invitationId : "email"}
        id="invite-email"
        name="email"
        type="email"
        autoComplete="off"
        label={t("emailLabel")}
        hint={t("emailHint")}
        defaultValue={values["email"] ?? ""}
        error={errorOf("email")}
      />
      <SelectField
        id="invite-role"
        name="role"
        label={t("roleLabel")}
        defaultValue={values["role"] ?? roles.at(-1)}
        error={errorOf("role")}
        options={roles.map((role) => ({ value: role, label: tRoles(role) }))}
      />
      <SubmitButton pendingLabel={t("sending")}>{t("submit")}</SubmitButton>
    </form>
  );
}
