"use client";

import { useTranslations } from "next-intl";
import { useActionState, useRef } from "react";
import { useAccountFieldErrors } from "@/components/organisations/use-account-field-errors";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { SelectField } from "@/components/ui/text-field";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { idleFormState, type FormState } from "@/lib/actions/form-state";
import { grantDelegationAction, revokeDelegationAction } from "@/lib/delegations/actions";
import type { DelegationGranted, DelegationPanel as Panel, DelegationRevoked } from "@/lib/delegations/types";

/** A signatory's delegations: who may record the organisation's endorsement for which version. */
export function DelegationPanel({ organisationId, panel }: { organisationId: string; panel: Panel }) {
  const t = useTranslations("delegations");
  const tErrors = useTranslations("errors");
  const formRef = useRef<HTMLFormElement>(null);
  const [grantState, grantAction] = useActionState<FormState<DelegationGranted>, FormData>(grantDelegationAction, idleFormState);
  const [revokeState, revokeAction] = useActionState<FormState<DelegationRevoked>, FormData>(revokeDelegationAction, idleFormState);
  const errorOf = useAccountFieldErrors(grantState);
  useFocusFirstError(formRef, grantState);
  return (
    <div className="space-y-4">
      <p>{t("intro")}</p>
      <FormMessage tone={revokeState.status === "error" ? "error" : "success"}>
        {revokeState.status === "success" && <p>{t("revoked")}</p>}
        {revokeState.status === "error" && <p>{tErrors(revokeState.code)}</p>}
      </FormMessage>
      {panel.delegations.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <table className="w-full border-collapse text-left" data-testid="delegations">
          <caption className="sr-only">{t("title")}</caption>
          <thead>
            <tr className="border-b-2 border-slate-600">
              <th scope="col" className="py-2 pr-4">{t("versionColumn")}</th>
              <th scope="col" className="py-2 pr-4">{t("delegateColumn")}</th>
              <th scope="col" className="py-2 pr-4">{t("grantedColumn")}</th>
              <th scope="col" className="py-2">{t("actionsColumn")}</th>
            </tr>
          </thead>
          <tbody>
            {panel.delegations.map((d) => (
              <tr key={d.id} className="border-b border-slate-300">
                <td className="py-2 pr-4">{d.versionLabel}</td>
                <td className="py-2 pr-4">{d.delegateName ?? d.delegateEmail}</td>
                <td className="py-2 pr-4">{d.grantedAt.toISOString().slice(0, 10)}</td>
                <td className="py-2">
                  <form action={revokeAction}>
                    <input type="hidden" name="delegationId" value={d.id} />
                    <SubmitButton variant="secondary" pendingLabel={t("revoking")}>
                      {t("revoke", { name: d.delegateName ?? d.delegateEmail })}
                    </SubmitButton>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {panel.versions.length === 0 ? (
        <p>{t("noVersions")}</p>
      ) : (
        <form ref={formRef} action={grantAction} noValidate className="max-w-xl space-y-4" data-testid="delegation-form">
          <FormMessage tone={grantState.status === "success" ? "success" : "error"}>
            {grantState.status === "success" && <p>{t("granted")}</p>}
            {grantState.status === "error" && grantState.code !== "VALIDATION" && <p>{tErrors(grantState.code)}</p>}
          </FormMessage>
          <input type="hidden" name="organisationId" value={organisationId} />
          <SelectField
            id="delegation-version"
            name="versionId"
            label={t("versionLabel")}
            error={errorOf("versionId")}
            options={panel.versions.map((v) => ({ value: v.id, label: v.label }))}
          />
          <SelectField
            id="delegation-user"
            name="userId"
            label={t("delegateLabel")}
            error={errorOf("userId")}
            options={panel.members.map((m) => ({ value: m.userId, label: m.label }))}
          />
          <SubmitButton pendingLabel={t("granting")}>{t("submit")}</SubmitButton>
        </form>
      )}
    </div>
  );
}
