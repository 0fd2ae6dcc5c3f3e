import { useTranslations } from "next-intl";
import type { WorkspaceMembership } from "@/lib/users/types";

export function MembershipTable({ memberships }: { memberships: readonly WorkspaceMembership[] }) {
  const t = useTranslations("workspace");
  const tRoles = useTranslations("roles");
  if (memberships.length === 0) return <p data-testid="no-memberships">{t("noMemberships")}</p>;
  return (
    <table className="w-full max-w-3xl border-collapse text-left" data-testid="memberships">
      <caption className="sr-only">{t("membershipsTitle")}</caption>
      <thead>
        <tr className="border-b-2 border-slate-600">
          <th scope="col" className="py-2 pr-4">
            {t("organisationColumn")}
          </th>
          <th scope="col" className="py-2">
            {t("roleColumn")}
          </th>
        </tr>
      </thead>
      <tbody>
        {memberships.map((m) => (
          <tr key={`${m.organisationId}-${m.role}`} className="border-b border-slate-300">
            <td className="py-2 pr-4">{m.organisationName}</td>
            <td className="py-2">{tRoles(m.role)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
