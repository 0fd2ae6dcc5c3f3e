"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useAccountFieldErrors } from "@/components/organisations/use-account-field-errors";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleFormState, type FormState } from "@/lib/actions/form-state";
import type { InvitableRole } from "@/lib/invitations/schema";
import { changeMembershipRoleAction, removeMembershipAction } from "@/lib/memberships/actions";
import type { MembershipChanged, MembershipRemoved, OrganisationMember } from "@/lib/memberships/types";

/**
 * Who holds which role in the organisation. With `manageRoles` (coordinator of the county,
 * administrator) each row can change the role or remove the membership.
 */
export function MemberTable({ members, manageRoles }: { members: readonly OrganisationMember[]; manageRoles: readonly InvitableRole[] | null }) {
  const t = useTranslations("members");
  const tRoles = useTranslations("roles");
  const tErrors = useTranslations("errors");
  const [changeState, changeAction] = useActionState<FormState<MembershipChanged>, FormData>(changeMembershipRoleAction, idleFormState);
  const [removeState, removeAction] = useActionState<FormState<MembershipRemoved>, FormData>(removeMembershipAction, idleFormState);
  const roleError = useAccountFieldErrors(changeState)("role");
  return (
    <div className="space-y-3">
      <FormMessage tone={changeState.status === "error" || removeState.status === "error" ? "error" : "success"}>
        {changeState.status === "success" && <p>{t("roleChanged")}</p>}
        {removeState.status === "success" && <p>{t("removed")}</p>}
        {changeState.status === "error" && <p>{roleError ?? tErrors(changeState.code)}</p>}
        {removeState.status === "error" && <p>{tErrors(removeState.code)}</p>}
      </FormMessage>
      {members.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <table className="w-full border-collapse text-left" data-testid="members">
          <caption className="sr-only">{t("title")}</caption>
          <thead>
            <tr className="border-b-2 border-slate-600">
              <th scope="col" className="py-2 pr-4">{t("nameColumn")}</th>
              <th scope="col" className="py-2 pr-4">{t("emailColumn")}</th>
              <th scope="col" className="py-2 pr-4">{t("roleColumn")}</th>
              <th scope="col" className="py-2 pr-4">{t("lastSignInColumn")}</th>
              {manageRoles !== null && <th scope="col" className="py-2">{t("actionsColumn")}</th>}
            </tr>
          </thead>
          <tbody>
            {members.map((m) => {
              const label = m.name ?? m.email;
              const selectId = `role-${m.membershipId}`;
              return (
                <tr key={m.membershipId} className="border-b border-slate-300 align-top">
                  <td className="py-2 pr-4">{label}</td>
                  <td className="py-2 pr-4">{m.email}</td>
                  <td className="py-2 pr-4">{tRoles(m.role)}</td>
                  <td className="py-2 pr-4">{m.lastSignInAt === null ? t("neverSignedIn") : m.lastSignInAt.toISOString().slice(0, 10)}</td>
                  {manageRoles !== null && (
                    <td className="py-2">
                      {m.role === "ADMIN" ? (
                        <p className="text-sm">{t("adminMembership")}</p>
                      ) : (
                        <div className="flex flex-wrap items-end gap-2">
                          <form action={changeAction} className="flex flex-wrap items-end gap-2">
                            <input type="hidden" name="membershipId" value={m.membershipId} />
                            <div>
                              <label htmlFor={selectId} className="block text-sm font-semibold">
                                {t("changeRoleLabel", { name: label })}
                              </label>
                              <select id={selectId} name="role" defaultValue={m.role} className="rounded border-2 border-slate-600 px-2 py-1">
                                {manageRoles.map((role) => (
                                  <option key={role} value={role}>
                                    {tRoles(role)}
                                  </option>
                                ))}
                              </select>
                            </div>
                            <SubmitButton variant="secondary" pendingLabel={t("changingRole")}>
                              {t("changeRoleSubmit")}
                            </SubmitButton>
                          </form>
                          <form action={removeAction}>
                            <input type="hidden" name="membershipId" value={m.membershipId} />
                            <SubmitButton variant="danger" pendingLabel={t("removing")}>
                              {t("remove", { name: label })}
                            </SubmitButton>
                          </form>
                        </div>
                      )}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
