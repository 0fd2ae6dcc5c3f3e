import { useTranslations } from "next-intl";
import { DateText } from "@/components/programmes/date-text";
import type { EndorsementView } from "@/lib/endorsements/types";
import { paragraphText } from "@/lib/endorsements/schema";

/** Who has decided what, with the decision's body, date, § and Dnr; carried-over decisions marked. */
/**
 * `withDecisionBasis`: the coordinator's view of a round sent from this version, with each asked
 * organisation's beslutsunderlag (the PDF that organisation was sent) to download.
 */
export function EndorsementRows({ rows, caption, withDecisionBasis = false }: { rows: readonly EndorsementView[]; caption: string; withDecisionBasis?: boolean }) {
  const t = useTranslations("endorsements");
  return (
    // On a phone each organisation's row stacks (name, standing, decision) instead of three narrow columns.
    <table className="w-full text-left max-sm:block" data-testid="endorsement-rows">
      <caption className="text-left font-semibold max-sm:block">{caption}</caption>
      <thead className="max-sm:sr-only">
        <tr>
          <th scope="col">{t("organisation")}</th>
          <th scope="col">{t("status")}</th>
          <th scope="col">{t("decision")}</th>
        </tr>
      </thead>
      <tbody className="max-sm:block">
        {rows.map((row) => (
          <tr key={row.id} className="border-t border-slate-300 align-top max-sm:block max-sm:py-2">
            <th scope="row" className="font-normal max-sm:block max-sm:font-semibold">
              {row.organisationName}
              {!row.required && row.carriedOverFromVersion === null && ` (${t("notRequired")})`}
            </th>
            <td className="max-sm:block">
              {t(`decisions.${row.status}`)}
              {row.carriedOverFromVersion !== null && (
                <span className="block text-sm">{t("carriedOverFrom", { number: row.carriedOverFromVersion })}</span>
              )}
            </td>
            <td className="text-sm max-sm:block">
              {row.decisionBody !== null && (
                <>
                  {row.decisionBody}
                  {row.decisionDate !== null && (
                    <>
                      {" "}
                      <DateText date={row.decisionDate} />
                    </>
                  )}
                  {row.paragraph !== null && ` ${paragraphText(row.paragraph)}`}
                  {row.diarienummer !== null && ` · ${t("dnr")} ${row.diarienummer}`}
                </>
              )}
              {row.reservation !== null && <span className="block">{t("reservationText", { text: row.reservation })}</span>}
              {row.declineReason !== null && <span className="block">{t("declineText", { text: row.declineReason })}</span>}
              {withDecisionBasis && row.carriedOverFromVersion === null && (
                <a className="block py-0.5" href={`/api/beslutsunderlag/stallningstagande/${row.id}`} download data-testid="decision-basis-row-link">
                  {t("decisionBasisLink", { organisation: row.organisationName })}
                </a>
              )}
              {row.hasMinutes && (
                <a className="block py-0.5" href={`/api/protokoll/${row.id}`}>
                  {t("minutesLink", { organisation: row.organisationName })}
                </a>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
