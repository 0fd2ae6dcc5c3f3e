"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleFormState, type FormState } from "@/lib/actions/form-state";
import { revokeInvitationAction } from "@/lib/invitations/actions";
import type { InvitationRevoked, PendingInvitation } from "@/lib/invitations/types";

/** Open invitations of the organisation, each with "Återkalla". */
export function PendingInvitations({ invitations }: { invitations: readonly PendingInvitation[] }) {
  const t = useTranslations("invitations");
  const tRoles = useTranslations("roles");
  const tErrors = useTranslations("errors");
  const [state, formAction] = useActionState<FormState<InvitationRevoked>, FormData>(revokeInvitationAction, idleFormState);
  return (
    <div className="space-y-3">
      <FormMessage tone={state.status === "success" ? "success" : "error"}>
        {state.status === "success" && <p>{t("revoked")}</p>}
        {state.status === "error" && <p>{tErrors(state.code)}</p>}
      </FormMessage>
      {invitations.length === 0 ? (
        <p>{t("pendingNone")}</p>
      ) : (
        <ul className="space-y-2" data-testid="pending-invitations">
          {invitations.map((invitation) => (
            <li key={invitation.id} className="flex flex-wrap items-center gap-3 rounded border border-slate-300 p-3">
              <span>
                {invitation.email} – {tRoles(invitation.role)} –{" "}
                {t("pendingExpires", { date: invitation.expiresAt.toISOString().slice(0, 10) })}
              </span>
              <form action={formAction}>
                <input type="hidden" name="invitationId" value={invitation.id} />
                <SubmitButton variant="secondary" pendingLabel={t("revoking")}>
                  {t("revoke", { email: invitation.email })}
                </SubmitButton>
              </form>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
