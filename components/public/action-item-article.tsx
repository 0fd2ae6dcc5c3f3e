import type { ReactElement } from "react";
import { TimeframeText } from "@/components/public/timeframe-text";
import type { PublicActionItem, PublicItemOrganisation } from "@/lib/publications/types";

/**
 * Parts that every action of a programme shows the same way, built once per page (see
 * ProgrammeVersionView): the indicator table's header row and one link per organisation. The same
 * element object used on every action is sent once in the page's RSC payload and referenced after
 * that. Only worth it for elements longer than such a reference (~80 characters): the short
 * labels are plain text.
 */
export type SharedItemParts = {
  heading: (number: string, title: string) => string;
  labels: { timeframe: string; lead: string; responsible: string; partners: string; followUp: string };
  indicatorHead: ReactElement;
  organisationLink: (organisation: PublicItemOrganisation) => ReactElement;
};

/**
 * One action (åtgärd): responsible and partner organisations, timeframe, follow-up, indicators.
 * Lean markup, since a programme may have hundreds of actions and the page carries each element
 * twice (the HTML and Next's RSC payload): no classes (components/public/programme.css styles
 * the list by element), one id (the heading: the action's anchor, and the name of its indicator
 * table), plain links (no prefetching of hundreds of organisation pages).
 */
export function ActionItemArticle({ item, shared }: { item: PublicActionItem; shared: SharedItemParts }) {
  const lead = item.organisations.filter((o) => o.lead);
  const responsible = item.organisations.filter((o) => o.role === "RESPONSIBLE" && !o.lead);
  const partners = item.organisations.filter((o) => o.role === "PARTNER");
  const links = (organisations: readonly PublicItemOrganisation[]) =>
    organisations.flatMap((o, index) => (index === 0 ? [shared.organisationLink(o)] : [", ", shared.organisationLink(o)]));
  const withYear = (value: string, year: number | null) => (year === null ? value || "–" : `${value || "–"} (${year})`);
  const headingId = `atgard-${item.number}`;
  return (
    <article>
      <h4 id={headingId}>{shared.heading(item.number, item.title)}</h4>
      {item.description !== "" && <p>{item.description}</p>}
      <dl>
        <dt>{shared.labels.timeframe}</dt>
        <dd>
          <TimeframeText timeframe={item.timeframe} />
        </dd>
        {lead.length > 0 && <dt>{shared.labels.lead}</dt>}
        {lead.length > 0 && <dd>{links(lead)}</dd>}
        {responsible.length > 0 && <dt>{shared.labels.responsible}</dt>}
        {responsible.length > 0 && <dd>{links(responsible)}</dd>}
        {partners.length > 0 && <dt>{shared.labels.partners}</dt>}
        {partners.length > 0 && <dd>{links(partners)}</dd>}
        {item.followUpText !== "" && <dt>{shared.labels.followUp}</dt>}
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
