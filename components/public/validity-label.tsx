import { useTranslations } from "next-intl";
import type { Validity } from "@/lib/publications/types";

const look: Record<Validity, string> = {
  IN_FORCE: "border-green-800 bg-green-50 text-green-900",
  EXPIRED: "border-slate-600 bg-slate-50 text-slate-800",
  UPCOMING: "border-sky-800 bg-sky-50 text-sky-900",
};

/** Gällande / upphörd / kommande: derived from the validity period and today's date. */
export function ValidityLabel({ validity }: { validity: Validity }) {
  const t = useTranslations("public.validity");
  return <span className={`inline-block rounded border px-2 py-0.5 text-xs font-semibold ${look[validity]}`}>{t(validity)}</span>;
}
