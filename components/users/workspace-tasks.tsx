import Link from "next/link";
import { useTranslations } from "next-intl";
import { DateText } from "@/components/programmes/date-text";
import type { MyInvitation } from "@/lib/consultations/types";
import type { MyEndorsement } from "@/lib/endorsements/types";

/** The workspace's "to do" for an organisation: open consultations and decisions asked for, and the inbox. */
export function WorkspaceTasks({ invitations, endorsements, unread }: { invitations: readonly MyInvitation[]; endorsements: readonly MyEndorsement[]; unread: number }) {
  const t = useTranslations("workspaceTasks");
  const tConsultations = useTranslations("consultations");
  const tEndorsements = useTranslations("endorsements");
  return (
    <section aria-labelledby="tasks-title" className="space-y-4">
      <h2 id="tasks-title" className="text-2xl">
        {t("title")}
      </h2>
      <p>
        <Link href="/arbetsyta/inkorg" data-testid="inbox-link">
          {t("inbox", { count: unread })}
        </Link>
      </p>
      <h3 className="text-xl">{t("consultations")}</h3>
      {invitations.length === 0 ? (
        <p>{t("noConsultations")}</p>
      ) : (
        <ul className="space-y-1" data-testid="my-invitations">
          {invitations.map((i) => (
            <li key={i.invitationId}>
              <Link href={`/arbetsyta/remiss/${i.invitationId}`}>{t("invitationLine", { programme: i.programmeTitle, number: i.versionNumber, organisation: i.organisationName })}</Link>{" "}
              · {tConsultations(`invitationStatus.${i.status}`)} · {i.isOpen ? t("deadline") : tConsultations("roundClosed")} {i.isOpen && <DateText date={i.deadline} />}
            </li>
          ))}
        </ul>
      )}
      <h3 className="text-xl">{t("endorsements")}</h3>
      {endorsements.length === 0 ? (
        <p>{t("noEndorsements")}</p>
      ) : (
        <ul className="space-y-1" data-testid="my-endorsements">
          {endorsements.map((e) => (
            <li key={e.endorsementId}>
              <Link href={`/arbetsyta/stallningstagande/${e.endorsementId}`}>{t("endorsementLine", { programme: e.programmeTitle, number: e.versionNumber, organisation: e.organisationName })}</Link> ·{" "}
              {tEndorsements(`decisions.${e.status}`)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
