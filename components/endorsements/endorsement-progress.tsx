import { useTranslations } from "next-intl";
import type { EndorsementOutcome } from "@/lib/endorsements/lifecycle";
import type { EndorsementView } from "@/lib/endorsements/types";

/** "7 av 12 har ställt sig bakom", who is missing and who declined. */
export function EndorsementProgress({ outcome, rows }: { outcome: EndorsementOutcome; rows: readonly EndorsementView[] }) {
  const t = useTranslations("endorsements");
  const nameOf = (id: string) => rows.find((r) => r.organisationId === id)?.organisationName ?? id;
  return (
    <div className="space-y-2 rounded border-2 border-slate-400 p-4" data-testid="endorsement-progress">
      <p className="text-xl font-semibold">{t("progress", { endorsed: outcome.endorsedCount, required: outcome.requiredCount })}</p>
      <progress className="w-full" max={outcome.requiredCount} value={outcome.endorsedCount} aria-label={t("progressLabel")} />
      {outcome.carriedOverCount > 0 && <p>{t("carriedOverCount", { count: outcome.carriedOverCount })}</p>}
      {outcome.pending.length > 0 && <p>{t("missing", { names: outcome.pending.map(nameOf).join(", ") })}</p>}
      {outcome.declined.length > 0 && <p className="font-semibold text-red-900">{t("declined", { names: outcome.declined.map(nameOf).join(", ") })}</p>}
    </div>
  );
}
