"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState, useRef } from "react";
import { useAccountFieldErrors } from "@/components/organisations/use-account-field-errors";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { idleFormState, type FormState } from "@/lib/actions/form-state";
import { deactivateOrganisationAction, renameOrganisationAction } from "@/lib/organisations/actions";
import type { OrganisationDetail, OrganisationSaved } from "@/lib/organisations/types";

/** Administrators: rename (a successor row from a date) and wind up an active organisation. */
export function OrganisationAdminForms({ organisation }: { organisation: OrganisationDetail }) {
  const t = useTranslations("organisations");
  const tErrors = useTranslations("errors");
  const renameRef = useRef<HTMLFormElement>(null);
  const deactivateRef = useRef<HTMLFormElement>(null);
  const [renameState, renameAction] = useActionState<FormState<OrganisationSaved>, FormData>(renameOrganisationAction, idleFormState);
  const [deactivateState, deactivateAction] = useActionState<FormState<OrganisationSaved>, FormData>(
    deactivateOrganisationAction,
    idleFormState,
  );
  const renameError = useAccountFieldErrors(renameState);
  const deactivateError = useAccountFieldErrors(deactivateState);
  useFocusFirstError(renameRef, renameState);
  useFocusFirstError(deactivateRef, deactivateState);
  const renameValues = renameState.status === "error" ? renameState.values : {};
  return (
    <div className="space-y-8">
      <section aria-labelledby="rename-title" className="space-y-3">
        <h3 id="rename-title" className="text-xl">{t("renameTitle")}</h3>
        <p>{t("renameIntro")}</p>
        <form ref={renameRef} action={renameAction} noValidate className="max-w-2xl space-y-4" data-testid="rename-form">
          <FormMessage tone={renameState.status === "success" ? "success" : "error"}>
            {renameState.status === "success" && (
              <p>
                {t("renamed")}{" "}
                <Link href={`/arbetsyta/organisationer/${renameState.data.organisationId}`}>
                  {t("toSuccessor", { name: renameState.values["name"] ?? "" })}
                </Link>
              </p>
            )}
            {renameState.status === "error" && <p>{tErrors(renameState.code)}</p>}
          </FormMessage>
          <input type="hidden" name="organisationId" value={organisation.id} />
          <TextField id="rename-name" name="name" label={t("newNameLabel")} defaultValue={renameValues["name"] ?? ""} error={renameError("name")} />
          <TextField
            id="rename-short-name"
            name="shortName"
            label={t("shortNameLabel")}
            hint={t("optional")}
            defaultValue={renameValues["shortName"] ?? ""}
            error={renameError("shortName")}
          />
          <TextField
            id="rename-valid-from"
            name="validFrom"
            type="date"
            label={t("renameValidFromLabel")}
            hint={t("dateHint")}
            defaultValue={renameValues["validFrom"] ?? ""}
            error={renameError("validFrom")}
          />
          <div className="flex items-start gap-2">
            <input
              id="rename-delegation"
              name="allowsDelegation"
              type="checkbox"
              defaultChecked={organisation.allowsDelegation}
              className="mt-1 size-5"
            />
            <label htmlFor="rename-delegation">{t("allowsDelegationLabel")}</label>
          </div>
          <SubmitButton pendingLabel={t("saving")}>{t("renameSubmit")}</SubmitButton>
        </form>
      </section>
      <section aria-labelledby="deactivate-title" className="space-y-3">
        <h3 id="deactivate-title" className="text-xl">{t("deactivateTitle")}</h3>
        <p>{t("deactivateIntro")}</p>
        <form ref={deactivateRef} action={deactivateAction} noValidate className="max-w-2xl space-y-4" data-testid="deactivate-form">
          <FormMessage tone={deactivateState.status === "success" ? "success" : "error"}>
            {deactivateState.status === "success" && <p>{t("deactivated")}</p>}
            {deactivateState.status === "error" && <p>{tErrors(deactivateState.code)}</p>}
          </FormMessage>
          <input type="hidden" name="organisationId" value={organisation.id} />
          <TextField
            id="deactivate-valid-to"
            name="validTo"
            type="date"
            label={t("validToLabel")}
            hint={t("dateHint")}
            defaultValue={deactivateState.status === "error" ? (deactivateState.values["validTo"] ?? "") : ""}
            error={deactivateError("validTo")}
          />
          <SubmitButton variant="danger" pendingLabel={t("saving")}>{t("deactivateSubmit")}</SubmitButton>
        </form>
      </section>
    </div>
  );
}
