import { useTranslations } from "next-intl";

/** "Ladda ner beslutsunderlag (PDF)": the version as sent, to attach to the board's agenda. */
export function DecisionBasisLink({ href, organisationName }: { href: string; organisationName: string }) {
  const t = useTranslations("decisionBasis");
  return (
    <p className="rounded border border-slate-300 bg-slate-50 p-3">
      <a href={href} download className="font-semibold" data-testid="decision-basis-link">
        {t("download")}
      </a>
      <br />
      <span className="text-sm">{t("downloadHint", { organisation: organisationName })}</span>
    </p>
  );
}
