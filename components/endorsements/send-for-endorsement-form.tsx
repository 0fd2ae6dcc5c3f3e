"use client";

import { useTranslations } from "next-intl";
import { useTransition, type FormEvent } from "react";
import { OrganisationCheckboxes } from "@/components/consultations/organisation-checkboxes";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { FormMessage } from "@/components/ui/form-message";
import { TextAreaField } from "@/components/ui/text-field";
import { useDraftForm } from "@/components/ui/use-draft-form";
import type { OrganisationChoice } from "@/lib/consultations/types";
import { sendForEndorsementAction } from "@/lib/endorsements/actions";
import { leaveOutField, refusedOrganisationsSchema, sendForEndorsementSchema } from "@/lib/endorsements/schema";

export type ChangedOrganisationChoice = { id: string; name: string; summary: string };

/**
 * "Skicka för ställningstagande". For a revision, first every organisation whose commitments
 * changed, with its one-line summary, required by default; unticking one asks for the written
 * reason (the server refuses a changed organisation left out without one). Then every other
 * organisation, the default required set pre-chosen. Sending asks for confirmation first.
 */
export function SendForEndorsementForm({
  versionId,
  versionNumber,
  basisNumber,
  changed,
  organisations,
}: {
  versionId: string;
  versionNumber: number;
  basisNumber: number | null;
  changed: readonly ChangedOrganisationChoice[];
  organisations: readonly OrganisationChoice[];
}) {
  const t = useTranslations("endorsements");
  const tAsk = useTranslations("askSend");
  const tErrors = useTranslations("errors");
  const changedIds = new Set(changed.map((c) => c.id));
  const others = organisations.filter((o) => !changedIds.has(o.id));
  const initial: Record<string, string> = {
    organisationIds: [...changed.map((c) => c.id), ...others.filter((o) => o.isDefault).map((o) => o.id)].join(","),
  };
  const { formRef, state, formAction, draft, errorOf, field, onSubmit } = useDraftForm(`version:${versionId}:endorsement`, initial, sendForEndorsementAction, sendForEndorsementSchema);
  // Only organisations this page offers: a kept draft never carries one that can no longer be asked.
  const offered = new Set([...changedIds, ...others.map((o) => o.id)]);
  const chosen = (draft.values["organisationIds"] ?? "").split(",").filter((id) => offered.has(id));
  const chosenSet = new Set(chosen);
  const setChosen = (ids: readonly string[]) => draft.setField("organisationIds", ids.join(","));
  const refused = state.status === "error" ? refusedOrganisationsSchema.parse(state.details ?? {}) : [];
  const leftOutCount = changed.filter((c) => !chosenSet.has(c.id)).length;
  const [isPending, startTransition] = useTransition();
  // Dispatched by hand: React resets a form after its `action` runs, which would tick every
  // controlled checkbox again after a refusal. Without scripts the `action` posts the form as usual.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    onSubmit(event);
    if (event.defaultPrevented) return;
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  return (
    <form ref={formRef} action={formAction} onSubmit={submit} noValidate className="space-y-6" data-testid="send-for-endorsement-form">
      <FormMessage tone="error">
        {state.status === "error" && refused.length === 0 && <p>{state.code === "INVALID_TRANSITION" ? t("sendNotAllowed") : tErrors(state.code)}</p>}
        {refused.length > 0 && (
          <div data-testid="send-refused">
            <p className="font-semibold">{tAsk("refusedTitle")}</p>
            <ul className="list-disc pl-6">
              {refused.map((r) => (
                <li key={`${r.organisationId}-${r.problem}`}>
                  {r.problem === "WOUND_UP" && r.successorName !== null
                    ? tAsk("refused.WOUND_UP_SUCCESSOR", { organisation: r.name ?? "", successor: r.successorName })
                    : tAsk(`refused.${r.problem}`, { organisation: r.name ?? "" })}
                </li>
              ))}
            </ul>
          </div>
        )}
      </FormMessage>
      <input type="hidden" name="versionId" value={versionId} />
      {basisNumber !== null && (
        <fieldset className="space-y-3" data-testid="changed-organisations">
          <legend className="text-xl font-semibold">{changed.length === 0 ? tAsk("changedNone") : tAsk("changedTitle", { count: changed.length })}</legend>
          {changed.length > 0 && <p>{tAsk("changedIntro", { number: basisNumber })}</p>}
          <ul className="space-y-3">
            {changed.map((c) => {
              const reason = field(leaveOutField(c.id));
              return (
                <li key={c.id} className="group space-y-2 rounded border-2 border-slate-300 p-3" data-testid="changed-organisation">
                  <p className="font-semibold">{c.name}</p>
                  <p data-testid="change-summary">{c.summary}</p>
                  <label className="inline-flex items-center gap-2">
                    <input
                      type="checkbox"
                      name="organisationIds"
                      value={c.id}
                      checked={chosenSet.has(c.id)}
                      onChange={(event) => setChosen(event.target.checked ? [...chosen, c.id] : chosen.filter((id) => id !== c.id))}
                      className="h-5 w-5"
                    />
                    {tAsk("required", { organisation: c.name })}
                  </label>
                  {/* Shown by CSS while the box is unticked, so it works before scripts run too. */}
                  <div className="group-has-checked:hidden">
                    <TextAreaField id={`leave-out-${c.id}`} label={tAsk("reasonLabel", { organisation: c.name })} hint={tAsk("reasonHint")} rows={2} {...reason} error={reason.error} />
                  </div>
                </li>
              );
            })}
          </ul>
        </fieldset>
      )}
      <OrganisationCheckboxes
        idPrefix="endorsement"
        legend={basisNumber === null ? t("requiredLegend") : tAsk("othersLegend")}
        organisations={others}
        value={chosen.filter((id) => !changedIds.has(id)).join(",")}
        onChange={(value) => setChosen([...chosen.filter((id) => changedIds.has(id)), ...value.split(",").filter((id) => id !== "")])}
        error={errorOf("organisationIds")}
      />
      <p className="rounded border-l-4 border-amber-700 bg-amber-50 p-3">{t("freezeWarning")}</p>
      <ConfirmSubmit
        label={t("send")}
        title={tAsk("confirmTitle", { number: versionNumber })}
        confirmLabel={tAsk("confirm")}
        cancelLabel={tAsk("cancel")}
        pendingLabel={t("sending")}
        pending={isPending}
        testId="send-for-endorsement"
      >
        <p>{tAsk("confirmBody", { count: chosen.length })}</p>
        {leftOutCount > 0 && <p>{tAsk("confirmLeftOut", { count: leftOutCount })}</p>}
      </ConfirmSubmit>
    </form>
  );
}
