import { useTranslations } from "next-intl";
import { DateText } from "@/components/programmes/date-text";
import type { EndorsementView } from "@/lib/endorsements/types";
import { paragraphText } from "@/lib/endorsements/schema";

/** Who has decided what, with the decision's body, date, § and Dnr; carried-over decisions marked. */
export function EndorsementRows({ rows, caption }: { rows: readonly EndorsementView[]; caption: string }) {
  const t = useTranslations("endorsements");
  return (
    <table className="w-full text-left" data-testid="endorsement-rows">
      <caption className="text-left font-semibold">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("organisation")}</th>
          <th scope="col">{t("status")}</th>
          <th scope="col">{t("decision")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className="border-t border-slate-300 align-top">
            <th scope="row" className="font-normal">
              {row.organisationName}
              {!row.required && row.carriedOverFromVersion === null && ` (${t("notRequired")})`}
            </th>
            <td>
              {t(`decisions.${row.status}`)}
              {row.carriedOverFromVersion !== null && (
                <span className="block text-sm">{t("carriedOverFrom", { number: row.carriedOverFromVersion })}</span>
              )}
            </td>
            <td className="text-sm">
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
              {row.hasMinutes && (
                <a className="block" href={`/api/protokoll/${row.id}`}>
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
