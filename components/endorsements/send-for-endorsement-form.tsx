"use client";

import { useTranslations } from "next-intl";
import { OrganisationCheckboxes } from "@/components/consultations/organisation-checkboxes";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useDraftForm } from "@/components/ui/use-draft-form";
import type { OrganisationChoice } from "@/lib/consultations/types";
import { sendForEndorsementAction } from "@/lib/endorsements/actions";
import { sendForEndorsementSchema } from "@/lib/endorsements/schema";

/** "Skicka för ställningstagande": the required signatories, pre-chosen by the default rule. */
export function SendForEndorsementForm({ versionId, organisations }: { versionId: string; organisations: readonly OrganisationChoice[] }) {
  const t = useTranslations("endorsements");
  const tErrors = useTranslations("errors");
  const initial = { organisationIds: organisations.filter((o) => o.isDefault).map((o) => o.id).join(",") };
  const { formRef, state, formAction, draft, errorOf, onSubmit } = useDraftForm(`version:${versionId}:endorsement`, initial, sendForEndorsementAction, sendForEndorsementSchema);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4" data-testid="send-for-endorsement-form">
      <FormMessage tone="error">{state.status === "error" && <p>{state.code === "INVALID_TRANSITION" ? t("sendNotAllowed") : tErrors(state.code)}</p>}</FormMessage>
      <input type="hidden" name="versionId" value={versionId} />
      <OrganisationCheckboxes
        idPrefix="endorsement"
        legend={t("requiredLegend")}
        organisations={organisations}
        value={draft.values["organisationIds"] ?? ""}
        onChange={(value) => draft.setField("organisationIds", value)}
        error={errorOf("organisationIds")}
      />
      <p className="rounded border-l-4 border-amber-700 bg-amber-50 p-3">{t("freezeWarning")}</p>
      <SubmitButton pendingLabel={t("sending")}>{t("send")}</SubmitButton>
    </form>
  );
}
