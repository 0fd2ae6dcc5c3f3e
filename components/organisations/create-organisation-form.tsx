"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState, useRef } from "react";
import { useAccountFieldErrors } from "@/components/organisations/use-account-field-errors";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { SelectField, TextField } from "@/components/ui/text-field";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { idleFormState, type FormState } from "@/lib/actions/form-state";
import { createOrganisationAction } from "@/lib/organisations/actions";
import { organisationKinds } from "@/lib/organisations/schema";
import type { OrganisationSaved } from "@/lib/organisations/types";

/** Administrators: a new organisation (name, kind, county or none, delegation allowed). */
export function CreateOrganisationForm({ counties }: { counties: readonly { id: string; name: string }[] }) {
  const t = useTranslations("organisations");
  const tErrors = useTranslations("errors");
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction] = useActionState<FormState<OrganisationSaved>, FormData>(createOrganisationAction, idleFormState);
  const errorOf = useAccountFieldErrors(state);
  useFocusFirstError(formRef, state);
  const values = state.status === "error" ? state.values : {};
  return (
    <form ref={formRef} action={formAction} noValidate className="max-w-2xl space-y-4" data-testid="create-organisation-form">
      <FormMessage tone={state.status === "success" ? "success" : "error"}>
        {state.status === "success" && (
          <p>
            {t("created")} <Link href={`/arbetsyta/organisationer/${state.data.organisationId}`}>{t("toCreated", { name: state.values["name"] ?? "" })}</Link>
          </p>
        )}
        {state.status === "error" && <p>{tErrors(state.code)}</p>}
      </FormMessage>
      <TextField id="organisation-name" name="name" label={t("nameLabel")} defaultValue={values["name"] ?? ""} error={errorOf("name")} />
      <TextField
        id="organisation-short-name"
        name="shortName"
        label={t("shortNameLabel")}
        hint={t("optional")}
        defaultValue={values["shortName"] ?? ""}
        error={errorOf("shortName")}
      />
      <SelectField
        id="organisation-kind"
        name="kind"
        label={t("kindLabel")}
        defaultValue={values["kind"] ?? "MUNICIPALITY"}
        error={errorOf("kind")}
        options={organisationKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
      />
      <SelectField
        id="organisation-county"
        name="countyId"
        label={t("countyLabel")}
        defaultValue={values["countyId"] ?? ""}
        error={errorOf("countyId")}
        options={[{ value: "", label: t("noCounty") }, ...counties.map((c) => ({ value: c.id, label: c.name }))]}
      />
      <div className="flex items-start gap-2">
        <input id="organisation-delegation" name="allowsDelegation" type="checkbox" defaultChecked={values["allowsDelegation"] === "on"} className="mt-1 size-5" />
        <label htmlFor="organisation-delegation">{t("allowsDelegationLabel")}</label>
      </div>
      <SubmitButton pendingLabel={t("saving")}>{t("createSubmit")}</SubmitButton>
    </form>
  );
}
