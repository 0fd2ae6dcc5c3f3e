import { useTranslations } from "next-intl";
import { ExampleContentBadge } from "@/components/ui/example-content-badge";
import type { PublicProgrammeSummary } from "@/lib/counties/types";

export function PublicProgrammeItem({ programme }: { programme: PublicProgrammeSummary }) {
  const t = useTranslations("home");
  const tStatus = useTranslations("status");
  const { latestVersion: version } = programme;
  return (
    <li>
      <span className="font-semibold">{programme.title}</span>
      {programme.isExample && <ExampleContentBadge />}
      <span className="block text-sm text-slate-700">
        {t("version", { number: String(version.number) })}
        {" · "}
        {t("statusLabel", { status: tStatus(version.status) })}
        {" · "}
        {t("validity", { from: String(version.validFrom.getUTCFullYear()), to: String(version.validTo.getUTCFullYear()) })}
      </span>
    </li>
  );
}
