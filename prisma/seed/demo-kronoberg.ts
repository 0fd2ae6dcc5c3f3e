import type { EndorsementSpec, PublicationSpec, VersionSpec } from "./programme-writer";

/*
 * EXAMPLE CONTENT. A second county with its own published programme, so that the demo shows
 * county separation (a Kronoberg coordinator sees nothing of Södermanland's drafts) and the
 * national view has more than one county per goal. The organisations are real; the actions,
 * figures, dates and diarienummer are invented for the demo.
 */

const LST = "lansstyrelsen-kronoberg";
const REGION = "region-kronoberg";
const POLICE = "polisomrade-kronoberg";

const UPPVIDINGE = "uppvidinge-kommun";
const LESSEBO = "lessebo-kommun";
const TINGSRYD = "tingsryds-kommun";
const ALVESTA = "alvesta-kommun";
const ALMHULT = "almhults-kommun";
const MARKARYD = "markaryds-kommun";
const VAXJO = "vaxjo-kommun";
const LJUNGBY = "ljungby-kommun";
const KOMMUNERNA = [UPPVIDINGE, LESSEBO, TINGSRYD, ALVESTA, ALMHULT, MARKARYD, VAXJO, LJUNGBY] as const;

export const KRONOBERG_COUNTY_CODE = "07";

export const kronobergStrategy = {
  slug: "andts-strategi-2023-2025",
  title: "Regional ANDTS-strategi för Kronobergs län 2023–2025",
  validFrom: "2023-01-01",
  validTo: "2025-12-31",
  nationalStrategySlug: "andts-2022-2025",
  overarchingText:
    "Strategin omsätter den nationella ANDTS-strategin 2022–2025 i Kronobergs län och omfattar alkohol, narkotika, dopning, tobaks- och nikotinprodukter samt spel om pengar. Den har tagits fram av Länsstyrelsen tillsammans med länets åtta kommuner, Region Kronoberg och Polisområde Kronoberg.",
  createdAt: "2022-03-14T08:00:00.000Z",
} as const;

export const kronobergProgramme = {
  slug: "atgardsprogram-andts",
  title: "Åtgärdsprogram för ANDTS-arbetet i Kronobergs län",
  createdAt: "2022-03-14T08:05:00.000Z",
} as const;

export const kronobergVersion1: VersionSpec = {
  number: 1,
  kind: "NEW",
  title: "Åtgärdsprogram för ANDTS-arbetet i Kronobergs län 2023–2025",
  validFrom: "2023-01-01",
  validTo: "2025-12-31",
  substances: ["A", "N", "D", "T", "S"],
  nationalStrategySlug: "andts-2022-2025",
  changeSummary: "",
  createdAt: "2022-03-14T08:10:00.000Z",
  focusAreas: [
    {
      key: "tillgang-och-tillsyn",
      title: "Tillgång och tillsyn",
      description: "Effektiv tillsyn och kontroll begränsar tillgången till alkohol, tobak, nikotin och spel.",
      goalNumbers: [1],
      items: [
        {
          key: "samordnad-tillsyn",
          title: "Samordnad tillsyn av alkohol, tobak och spel",
          description:
            "Kommunerna planerar och genomför tillsyn av serveringsställen, tobaks- och nikotinförsäljning och spel om pengar gemensamt, med stöd av Länsstyrelsen och i samverkan med polisen.",
          timeframe: { kind: "ONGOING" },
          lead: LST,
          responsible: KOMMUNERNA,
          partners: [POLICE],
          followUp: "Kommunerna redovisar genomförd tillsyn i Länsrapporten.",
          indicators: [
            {
              key: "andel-kommuner",
              name: "Andel kommuner som genomfört samordnad tillsyn med polisen",
              unit: "%",
              baseline: "63 %",
              baselineYear: 2021,
              target: "100 %",
              targetYear: 2025,
              dataSource: "Länsrapporten",
            },
          ],
        },
        {
          key: "kontrollkop",
          title: "Kontrollköp av tobak och nikotinprodukter",
          description: "Kommunerna genomför kontrollköp av tobak, e-cigaretter och tobaksfria nikotinprodukter minst en gång per år.",
          timeframe: { kind: "YEARS", from: 2023, to: 2025 },
          lead: VAXJO,
          responsible: [LJUNGBY, ALVESTA],
          partners: [],
          followUp: "Resultatet redovisas per kommun i Länsrapporten.",
          indicators: [],
        },
      ],
    },
    {
      key: "barn-och-unga",
      title: "Barn och unga",
      description: "Barn och unga ska skyddas och färre ska börja använda tobak, nikotin, narkotika eller spela om pengar.",
      goalNumbers: [2, 3],
      items: [
        {
          key: "nikotinfri-skoltid",
          title: "Tobaks- och nikotinfri skoltid",
          description: "Alla skolor i länet har tobaks- och nikotinfri skoltid. Region Kronoberg erbjuder stöd till elever som vill sluta.",
          timeframe: { kind: "YEARS", from: 2023, to: 2024 },
          lead: LST,
          responsible: KOMMUNERNA,
          partners: [REGION],
          followUp: "Andelen skolor med tobaks- och nikotinfri skoltid redovisas i Länsrapporten.",
          indicators: [
            {
              key: "skolor",
              name: "Andel grundskolor med tobaks- och nikotinfri skoltid",
              unit: "%",
              baseline: "70 %",
              baselineYear: 2021,
              target: "100 %",
              targetYear: 2024,
              dataSource: "Länsrapporten",
            },
          ],
        },
        {
          key: "foraldrastod",
          title: "Föräldrastöd i högstadiet",
          description: "Kommunerna erbjuder föräldraträffar om alkohol, narkotika och spel för föräldrar till elever i årskurs 7–9.",
          timeframe: { kind: "YEARS", from: 2023, to: 2025 },
          lead: LJUNGBY,
          responsible: [MARKARYD, ALMHULT],
          partners: [],
          followUp: "Antal genomförda föräldraträffar redovisas årligen.",
          indicators: [],
        },
        {
          key: "spelproblem-unga",
          title: "Förebygga spelproblem bland unga",
          description: "Skolor och fritidsgårdar informerar om risker med spel om pengar och spelliknande inslag i datorspel.",
          timeframe: { kind: "YEARS", from: 2023, to: 2025 },
          lead: VAXJO,
          responsible: [TINGSRYD, LESSEBO, UPPVIDINGE],
          partners: [],
          followUp: "Genomförda insatser redovisas i den årliga uppföljningen.",
          indicators: [
            {
              key: "spelat-om-pengar",
              name: "Andel elever i gymnasiets år 2 som spelat om pengar de senaste 12 månaderna",
              unit: "%",
              baseline: "19 %",
              baselineYear: 2021,
              target: "14 %",
              targetYear: 2025,
              dataSource: "CAN:s skolundersökning",
            },
          ],
        },
      ],
    },
    {
      key: "tidiga-insatser-och-vard",
      title: "Tidiga insatser, vård och stöd",
      description: "Skadligt bruk upptäcks tidigt och personer med beroende får samordnad vård och stöd.",
      goalNumbers: [4, 5],
      items: [
        {
          key: "riskbruk-varden",
          title: "Tidig upptäckt av riskbruk i vården",
          description: "Vårdcentralerna frågar om alkohol, tobak och spel om pengar och erbjuder rådgivande samtal enligt de nationella riktlinjerna.",
          timeframe: { kind: "ONGOING" },
          lead: REGION,
          responsible: [],
          partners: [],
          followUp: "Region Kronoberg redovisar andelen tillfrågade patienter årligen.",
          indicators: [],
        },
        {
          key: "samsjuklighet",
          title: "Samordnad vård vid samsjuklighet",
          description: "Region Kronoberg och kommunerna samordnar vård och stöd för personer med missbruk och psykisk ohälsa genom SIP och en gemensam överenskommelse.",
          timeframe: { kind: "ONGOING" },
          lead: REGION,
          responsible: KOMMUNERNA,
          partners: [],
          followUp: "Överenskommelsen följs upp årligen.",
          indicators: [],
        },
      ],
    },
    {
      key: "skador-och-dodlighet",
      title: "Minskade skador och dödlighet",
      description: "Färre ska dö eller skadas av alkohol, narkotika, tobak eller spel.",
      goalNumbers: [6],
      items: [
        {
          key: "naloxon",
          title: "Naloxon och nollvision för narkotikarelaterade dödsfall",
          description: "Region Kronoberg erbjuder naloxon och utbildning i överdoshantering, och polisen bär naloxon i tjänsten.",
          timeframe: { kind: "YEARS", from: 2023, to: 2025 },
          lead: REGION,
          responsible: [],
          partners: [POLICE],
          followUp: "Antal utlämnade naloxonkit redovisas årligen.",
          indicators: [],
        },
      ],
    },
  ],
};

export const kronobergPublicationV1: PublicationSpec = {
  frozenAt: "2022-09-01T09:00:00.000Z",
  endorsements: endorsements(),
  ratificationBody: "Länsstyrelsen i Kronobergs län",
  ratificationDate: "2022-12-14",
  ratificationDnr: "705-4567-2022",
  publishedAt: "2022-12-20T08:00:00.000Z",
};

function endorsements(): EndorsementSpec[] {
  const kommun = (organisationSlug: string, decisionDate: string, paragraph: number, diarienummer: string): EndorsementSpec => ({
    organisationSlug,
    status: "ENDORSED",
    decisionBody: "Kommunstyrelsen",
    decisionDate,
    paragraph: String(paragraph),
    diarienummer,
  });
  return [
    kommun(UPPVIDINGE, "2022-10-04", 142, "KS 2022/211"),
    kommun(LESSEBO, "2022-10-11", 98, "KS 2022/187"),
    kommun(TINGSRYD, "2022-10-18", 156, "KS 2022/240"),
    kommun(ALVESTA, "2022-10-25", 171, "KS 2022/266"),
    kommun(ALMHULT, "2022-11-01", 133, "KS 2022/198"),
    kommun(MARKARYD, "2022-10-19", 119, "KS 2022/175"),
    { ...kommun(VAXJO, "2022-11-08", 289, "KS 2022/00312"), decisionBody: "Kommunfullmäktige" },
    kommun(LJUNGBY, "2022-10-26", 204, "KS 2022/301"),
    { organisationSlug: POLICE, status: "ENDORSED", decisionBody: "Polisområdeschef", decisionDate: "2022-10-14", paragraph: null, diarienummer: "A234.567/2022" },
    { organisationSlug: REGION, status: "ENDORSED", decisionBody: "Regionstyrelsen", decisionDate: "2022-11-15", paragraph: "214", diarienummer: "RK 2022/1234" },
    { organisationSlug: LST, status: "ENDORSED", decisionBody: "Länsstyrelsen", decisionDate: "2022-11-30", paragraph: null, diarienummer: "705-4567-2022" },
  ];
}
