"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef } from "react";
import { SubstanceCheckboxes } from "@/components/programmes/substance-checkboxes";
import { TemplateVersionSelect } from "@/components/programmes/template-version-select";
import { useClientValidation } from "@/components/strategies/use-client-validation";
import { useFieldErrors } from "@/components/strategies/use-field-errors";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { usePersistedDraft } from "@/components/ui/use-persisted-draft";
import { idleFormState, type FormState } from "@/lib/actions/form-state";
import { createProgrammeAction } from "@/lib/programmes/actions";
import { createProgrammeSchema } from "@/lib/programmes/schema";
import type { ProgrammeCreated, TemplateVersionOption } from "@/lib/programmes/types";

/**
 * A new action programme under the strategy; it starts as version 1, a draft, empty or copied from
 * a published version. When the copy left organisations out, the form says which before the
 * coordinator goes on; otherwise it opens the new version at once.
 */
export function CreateProgrammeForm({
  strategyId,
  countyId,
  defaults,
  templates,
}: {
  strategyId: string;
  countyId: string;
  defaults: { validFrom: string; validTo: string };
  templates: readonly TemplateVersionOption[];
}) {
  const t = useTranslations("programmes");
  const tn = useTranslations("editing");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction] = useActionState<FormState<ProgrammeCreated>, FormData>(createProgrammeAction, idleFormState);
  const draft = usePersistedDraft(`strategy:${strategyId}:new-programme`, {
    title: "",
    validFrom: defaults.validFrom,
    validTo: defaults.validTo,
    substances: "A,N,D,T,S",
    templateVersionId: "",
    ...(state.status === "error" ? state.values : {}),
  });
  const { clientErrors, onSubmit } = useClientValidation(createProgrammeSchema);
  const errorOf = useFieldErrors(clientErrors ?? (state.status === "error" ? state.fieldErrors : undefined));
  useFocusFirstError(formRef, clientErrors ?? state);
  const created = state.status === "success" ? `/arbetsyta/program/${state.data.programmeId}/version/${state.data.versionNumber}` : null;
  const template = state.status === "success" ? state.data.template : null;
  // Something was left out of the copy: the coordinator reads what before going on.
  const hasLeftOut = template !== null && (template.droppedOrganisations.length > 0 || template.itemsWithoutLead.length > 0);
  const clear = draft.clear;
  useEffect(() => {
    if (created === null) return;
    clear();
    if (!hasLeftOut) router.push(created);
  }, [created, clear, router, hasLeftOut]);
  const templateError = state.status === "error" && state.fieldErrors["templateVersionId"] !== undefined ? tn("templateFieldErrors.unknownTemplate") : undefined;

  const field = (name: "title" | "validFrom" | "validTo") => ({
    name,
    value: draft.values[name] ?? "",
    onChange: (event: { target: { value: string } }) => draft.setField(name, event.target.value),
    error: errorOf(name),
  });

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="max-w-2xl space-y-4" data-testid="create-programme-form">
      <FormMessage tone={created === null ? "error" : "success"}>
        {created !== null && template !== null && template.droppedOrganisations.length > 0 && (
          <p>{tn("templateDropped", { names: template.droppedOrganisations.join(", ") })}</p>
        )}
        {created !== null && template !== null && template.itemsWithoutLead.length > 0 && (
          <p>{tn("templateDroppedNoLead", { numbers: template.itemsWithoutLead.join(", ") })}</p>
        )}
        {created !== null && <Link href={created}>{hasLeftOut ? tn("templateOpen") : t("created")}</Link>}
        {state.status === "error" && <p>{tErrors(state.code)}</p>}
      </FormMessage>
      <input type="hidden" name="strategyId" value={strategyId} />
      <TextField id="programme-title" label={t("title")} autoComplete="off" {...field("title")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="programme-valid-from" type="date" label={t("validFrom")} hint={t("dateHint")} {...field("validFrom")} />
        <TextField id="programme-valid-to" type="date" label={t("validTo")} hint={t("dateHint")} {...field("validTo")} />
      </div>
      <SubstanceCheckboxes
        idPrefix="programme-substances"
        value={draft.values["substances"] ?? ""}
        onChange={(next) => draft.setField("substances", next)}
        error={errorOf("substances")}
      />
      {templates.length > 0 && (
        <TemplateVersionSelect
          templates={templates}
          ownCountyId={countyId}
          value={draft.values["templateVersionId"] ?? ""}
          onChange={(next) => draft.setField("templateVersionId", next)}
          error={templateError}
        />
      )}
      <SubmitButton pendingLabel={t("creating")}>{t("create")}</SubmitButton>
    </form>
  );
}
