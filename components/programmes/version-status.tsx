import { useTranslations } from "next-intl";
import type { VersionStatus } from "@/lib/programmes/types";

const look: Record<VersionStatus, string> = {
  DRAFT: "border-amber-800 bg-amber-50 text-amber-900",
  CONSULTATION: "border-sky-800 bg-sky-50 text-sky-900",
  ENDORSEMENT: "border-violet-800 bg-violet-50 text-violet-900",
  RATIFIED: "border-teal-800 bg-teal-50 text-teal-900",
  PUBLISHED: "border-green-800 bg-green-50 text-green-900",
  SUPERSEDED: "border-slate-600 bg-slate-100 text-slate-800",
  WITHDRAWN: "border-red-800 bg-red-50 text-red-900",
};

/** A version's status in words ("utkast", "publicerad" …), never as a colour alone. */
export function VersionStatusBadge({ status }: { status: VersionStatus }) {
  const t = useTranslations("status");
  return <span className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${look[status]}`}>{t(status)}</span>;
}
