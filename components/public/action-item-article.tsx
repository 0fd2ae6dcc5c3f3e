import type { ReactElement } from "react";
import { TimeframeText } from "@/components/public/timeframe-text";
import type { PublicActionItem, PublicItemOrganisation } from "@/lib/publications/types";

/**
 * Parts that every action of a programme shows the same way, built once per page (see
 * ProgrammeVersionView): the labels, the indicator table's header row and one link per
 * organisation. The same element object used on every action is sent once in the page's RSC
 * payload and referenced after that, which keeps a 200-action page small.
 */
export type SharedItemParts = {
  heading: (number: string, title: string) => string;
  labels: { timeframe: ReactElement; lead: ReactElement; responsible: ReactElement; partners: ReactElement; followUp: ReactElement };
  indicatorHead: ReactElement;
  organisationLink: (organisation: PublicItemOrganisation) => ReactElement;
};

/**
 * One action (åtgärd): responsible and partner organisations, timeframe, follow-up, indicators.
 * Lean markup (styled by components/public/programme.css), plain links (no prefetching of
 * hundreds of organisation pages).
 */
export function ActionItemArticle({ item, shared }: { item: PublicActionItem; shared: SharedItemParts }) {
  const lead = item.organisations.filter((o) => o.lead);
  const responsible = item.organisations.filter((o) => o.role === "RESPONSIBLE" && !o.lead);
  const partners = item.organisations.filter((o) => o.role === "PARTNER");
  const links = (organisations: readonly PublicItemOrganisation[]) =>
    organisations.flatMap((o, index) => (index === 0 ? [shared.organisationLink(o)] : [", ", shared.organisationLink(o)]));
  const withYear = (value: string, year: number | null) => (year === null ? value || "–" : `${value || "–"} (${year})`);
  const headingId = `atgard-${item.number}-rubrik`;
  return (
    <article id={`atgard-${item.number}`} className="lp-item">
      <h4 id={headingId}>{shared.heading(item.number, item.title)}</h4>
      {item.description !== "" && <p>{item.description}</p>}
      <dl>
        {shared.labels.timeframe}
        <dd>
          <TimeframeText timeframe={item.timeframe} />
        </dd>
        {lead.length > 0 && shared.labels.lead}
        {lead.length > 0 && <dd>{links(lead)}</dd>}
        {responsible.length > 0 && shared.labels.responsible}
        {responsible.length > 0 && <dd>{links(responsible)}</dd>}
        {partners.length > 0 && shared.labels.partners}
        {partners.length > 0 && <dd>{links(partners)}</dd>}
        {item.followUpText !== "" && shared.labels.followUp}
        {item.followUpText !== "" && <dd>{item.followUpText}</dd>}
      </dl>
      {item.indicators.length > 0 && (
        // Named by the action's heading: "the indicators of action 1.2".
        <table aria-labelledby={headingId}>
          {shared.indicatorHead}
          <tbody>
            {item.indicators.map((indicator) => (
              <tr key={indicator.position}>
                <th scope="row">{indicator.unit === "" ? indicator.name : `${indicator.name} (${indicator.unit})`}</th>
                <td>{withYear(indicator.baseline, indicator.baselineYear)}</td>
                <td>{withYear(indicator.target, indicator.targetYear)}</td>
                <td>{indicator.dataSource || "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
