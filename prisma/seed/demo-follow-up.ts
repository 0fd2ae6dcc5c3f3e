import { createHash } from "node:crypto";
import type { FollowUpStatus, Prisma, ReviewStatus } from "@/lib/db/generated/client";
import { refreshActionStates } from "@/lib/follow-up/action-states";
import type { EndorsementSpec, FocusAreaSpec, PublicationSpec, VersionSpec } from "./programme-writer";
import { date, type Tx } from "./sync";

/*
 * EXAMPLE CONTENT for follow-up (uppföljning), invented for the demo:
 * - Södermanland's published ANDT programme 2018–2021: yearly reports 2018–2021 by the responsible
 *   organisations with indicator values, mostly approved, some still waiting for review and some
 *   actions without a report in 2021 (so the demo shows charts, history, stale and delayed actions);
 * - a second, smaller Södermanland programme for young people, 2024–2026, whose 2024 period is open:
 *   Nyköping has not reported yet (the demo and the e2e test "Nyköping reports for 2024" start here),
 *   the region and the county board have, and Eskilstuna's report waits for review.
 * Every programme row is isExample = true (see programme-writer.ts).
 */

const LST = "lansstyrelsen-sodermanland";
const REGION = "region-sormland";
const NYKOPING = "nykopings-kommun";
const OXELOSUND = "oxelosunds-kommun";
const TROSA = "trosa-kommun";
const ESKILSTUNA = "eskilstuna-kommun";
const KATRINEHOLM = "katrineholms-kommun";
const FLEN = "flens-kommun";
const GNESTA = "gnesta-kommun";
const STRANGNAS = "strangnas-kommun";
const VINGAKER = "vingakers-kommun";
const KOMMUNERNA = [VINGAKER, GNESTA, NYKOPING, OXELOSUND, FLEN, KATRINEHOLM, ESKILSTUNA, STRANGNAS, TROSA] as const;

export const youthStrategy = {
  slug: "ungdomsstrategi-2024-2026",
  title: "Regional strategi för ANDTS-förebyggande arbete bland unga i Södermanlands län 2024–2026",
  validFrom: "2024-01-01",
  validTo: "2026-12-31",
  nationalStrategySlug: "andts-2022-2025",
  overarchingText:
    "Strategin samlar länets förebyggande arbete för barn och unga under den nationella ANDTS-strategin 2022–2025: senarelagd debut, trygga uppväxtmiljöer och tidigt stöd. Den kompletterar länets åtgärdsprogram för ANDTS-arbetet.",
  createdAt: "2023-09-04T08:00:00.000Z",
} as const;

export const youthProgramme = {
  slug: "handlingsplan-unga",
  title: "Handlingsplan för ANDTS-förebyggande arbete bland unga i Södermanlands län",
  createdAt: "2023-09-04T08:05:00.000Z",
} as const;

const years = (from: number, to: number) => ({ kind: "YEARS" as const, from, to });

const youthAreas: readonly FocusAreaSpec[] = [
  {
    key: "senarelagd-debut",
    title: "Senarelagd debut",
    description: "Insatser i skola och fritid som skjuter upp debuten för alkohol, tobak och nikotin, narkotika och spel om pengar.",
    goalNumbers: [2, 3],
    items: [
      {
        key: "skolundersokning",
        title: "Skolundersökning om ANDTS-vanor i årskurs 9",
        description: "Kommunen genomför en skolundersökning om ANDTS-vanor i årskurs 9 vartannat år och återför resultaten till skolorna.",
        timeframe: years(2024, 2026),
        lead: NYKOPING,
        responsible: [],
        partners: [LST],
        followUp: "Resultaten redovisas till Länsstyrelsen.",
        indicators: [
          {
            key: "alkohol-ak9",
            name: "Andel elever i årskurs 9 som druckit alkohol de senaste 12 månaderna",
            unit: "%",
            baseline: "38 %",
            baselineYear: 2023,
            target: "30 %",
            targetYear: 2026,
            dataSource: "Skolundersökning om ANDTS-vanor",
          },
        ],
      },
      {
        key: "personal-skola",
        title: "Kompetensutveckling för skolpersonal om nikotin och spel om pengar",
        description: "Elevhälsa och lärare får utbildning om snus, e-cigaretter och spel om pengar bland unga och om hur man tar upp oro med elev och vårdnadshavare.",
        timeframe: years(2024, 2025),
        lead: NYKOPING,
        responsible: [OXELOSUND, TROSA],
        partners: [REGION],
        followUp: "Antal utbildade redovisas årligen.",
        indicators: [],
      },
      {
        key: "fritid",
        title: "Drogfria fritidsaktiviteter på lov",
        description: "Kommunerna erbjuder drogfria aktiviteter för unga under sommarlov och skollov, i samarbete med föreningslivet.",
        timeframe: { kind: "ONGOING" },
        lead: ESKILSTUNA,
        responsible: [KATRINEHOLM],
        partners: [],
        followUp: "Antal aktiviteter och deltagare redovisas årligen.",
        indicators: [],
      },
    ],
  },
  {
    key: "tidigt-stod",
    title: "Tidigt stöd",
    description: "Unga med riskbruk och barn i familjer med missbruk får stöd tidigt.",
    goalNumbers: [4, 5],
    items: [
      {
        key: "ungdomsmottagning",
        title: "Samtal om alkohol och droger på ungdomsmottagningen",
        description: "Ungdomsmottagningarna frågar systematiskt om alkohol, narkotika och spel och hänvisar vidare vid behov.",
        timeframe: years(2024, 2026),
        lead: REGION,
        responsible: [NYKOPING],
        partners: [],
        followUp: "Andelen besökare som tillfrågats redovisas årligen.",
        indicators: [
          {
            key: "tillfragade-unga",
            name: "Andel besökare på ungdomsmottagningen som tillfrågats om alkohol och droger",
            unit: "%",
            baseline: "45 %",
            baselineYear: 2023,
            target: "80 %",
            targetYear: 2026,
            dataSource: "Region Sörmland",
          },
        ],
      },
      {
        key: "lansnatverk",
        title: "Länsnätverk för förebyggare",
        description: "Länsstyrelsen samlar kommunernas förebyggare fyra gånger per år för erfarenhetsutbyte och uppföljning av handlingsplanen.",
        timeframe: { kind: "ONGOING" },
        lead: LST,
        responsible: [],
        partners: [...KOMMUNERNA],
        followUp: "Antal träffar redovisas årligen.",
        indicators: [],
      },
    ],
  },
];

export const youthVersion1: VersionSpec = {
  number: 1,
  kind: "NEW",
  title: "Handlingsplan för ANDTS-förebyggande arbete bland unga 2024–2026",
  validFrom: "2024-01-01",
  validTo: "2026-12-31",
  substances: ["A", "N", "D", "T", "S"],
  nationalStrategySlug: "andts-2022-2025",
  changeSummary: "",
  createdAt: "2023-09-04T08:10:00.000Z",
  focusAreas: youthAreas,
};

const endorsement = (organisationSlug: string, decisionBody: string, decisionDate: string, diarienummer: string): EndorsementSpec => ({
  organisationSlug,
  status: "ENDORSED",
  decisionBody,
  decisionDate,
  paragraph: "12",
  diarienummer,
});

export const youthPublication: PublicationSpec = {
  frozenAt: "2023-10-02T09:00:00.000Z",
  endorsements: [
    endorsement(NYKOPING, "Kommunstyrelsen", "2023-11-08", "KS 2023/512"),
    endorsement(OXELOSUND, "Kommunstyrelsen", "2023-11-15", "KS 2023/201"),
    endorsement(TROSA, "Kommunstyrelsen", "2023-11-22", "KS 2023/318"),
    endorsement(ESKILSTUNA, "Kommunstyrelsen", "2023-11-14", "KS 2023/1044"),
    endorsement(KATRINEHOLM, "Kommunstyrelsen", "2023-11-21", "KS/2023:655"),
    endorsement(REGION, "Regionstyrelsen", "2023-11-28", "RS-LED23-0991"),
    endorsement(LST, "Länsstyrelsen", "2023-12-05", "705-9876-2023"),
  ],
  ratificationBody: "Länsstyrelsen i Södermanlands län",
  ratificationDate: "2023-12-12",
  ratificationDnr: "705-9877-2023",
  publishedAt: "2023-12-14T09:00:00.000Z",
};

// ───────────── Reports ─────────────

/** A number in [0, 1) fixed by `key`: the same demo data in every seeded database. */
function unit(key: string): number {
  return createHash("sha1").update(key).digest().readUInt32BE(0) / 2 ** 32;
}

const ladder: readonly FollowUpStatus[] = ["NOT_STARTED", "STARTED", "HALF", "DONE"];

type ItemRow = { stableKey: string; title: string; organisations: { organisationId: string; lead: boolean | null; role: string }[]; indicators: { stableKey: string; baseline: string; target: string }[] };

const comments: Record<FollowUpStatus, readonly string[]> = {
  DONE: ["Genomfört enligt plan.", "Arbetet pågår kontinuerligt och är en del av ordinarie verksamhet.", "Genomfört i samtliga verksamheter."],
  HALF: ["Mer än hälften av insatserna är genomförda.", "Genomfört i de flesta skolor, resten planeras till hösten."],
  STARTED: ["Arbetet har påbörjats.", "Planering klar, genomförande startar under året.", "Påbörjat men försenat på grund av personalbrist."],
  NOT_STARTED: ["Ej påbörjat, prioriteras nästa år.", "Ej påbörjat på grund av vakans."],
  NOT_RELEVANT: ["Ej relevant för kommunen under året."],
};

function numberIn(text: string): number | null {
  const match = /\d+(?:[.,]\d+)?/.exec(text);
  return match === null ? null : Number(match[0].replace(",", "."));
}

async function itemsOf(tx: Tx, versionId: string): Promise<ItemRow[]> {
  return tx.actionItem.findMany({
    where: { versionId },
    orderBy: [{ focusAreaId: "asc" }, { position: "asc" }],
    select: {
      stableKey: true,
      title: true,
      organisations: { where: { role: "RESPONSIBLE" }, select: { organisationId: true, lead: true, role: true } },
      indicators: { select: { stableKey: true, baseline: true, target: true } },
    },
  });
}

type ReportPlan = { year: number; review: (key: string) => ReviewStatus | null; reviewedAt: Date; reportedAt: Date };

/** Reports of every responsible organisation of every action for the planned years; null review = no report. */
async function writeReports(tx: Tx, programmeId: string, versionId: string, items: readonly ItemRow[], plans: readonly ReportPlan[], reviewerId: string | null): Promise<number> {
  const reports: Prisma.FollowUpReportCreateManyInput[] = [];
  const values: Prisma.IndicatorValueCreateManyInput[] = [];
  for (const item of items) {
    // Each action climbs the scale at its own pace; each organisation a little differently.
    const pace = 0.5 + unit(`pace/${item.stableKey}`);
    for (const [index, plan] of plans.entries()) {
      for (const link of item.organisations) {
        const key = `${item.stableKey}/${link.organisationId}/${plan.year}`;
        const review = plan.review(key);
        if (review === null) continue;
        const step = Math.min(ladder.length - 1, Math.floor((index + 1) * pace + unit(`org/${key}`) * 0.9));
        const status: FollowUpStatus = unit(`nr/${key}`) < 0.03 ? "NOT_RELEVANT" : (ladder[step] ?? "STARTED");
        const options = comments[status];
        reports.push({
          programmeId,
          actionStableKey: item.stableKey,
          year: plan.year,
          organisationId: link.organisationId,
          versionId,
          status,
          comment: options[Math.floor(unit(`c/${key}`) * options.length)] ?? "",
          reviewStatus: review,
          reviewedById: review === "APPROVED" ? reviewerId : null,
          reviewedAt: review === "APPROVED" ? plan.reviewedAt : null,
          reportedAt: plan.reportedAt,
        });
        if (link.lead !== true) continue;
        for (const indicator of item.indicators) {
          const baseline = numberIn(indicator.baseline);
          const target = numberIn(indicator.target);
          if (baseline === null || target === null) continue;
          const progress = Math.min(1, ((index + 1) / (plans.length + 1)) * (0.6 + unit(`v/${key}`) * 0.8));
          values.push({
            programmeId,
            indicatorStableKey: indicator.stableKey,
            year: plan.year,
            organisationId: link.organisationId,
            value: Math.round((baseline + (target - baseline) * progress) * 10) / 10,
            reviewStatus: review,
          });
        }
      }
    }
  }
  await tx.followUpReport.createMany({ data: reports });
  if (values.length > 0) await tx.indicatorValue.createMany({ data: values, skipDuplicates: true });
  // The reports are written approved directly, without reviewReport: bring the roll-up state along.
  await refreshActionStates(tx, programmeId);
  return reports.length;
}

const at = (day: string) => new Date(`${day}T10:00:00.000Z`);

/** Follow-up of Södermanland's ANDT programme version 1 (2018–2021). */
export async function seedAndtFollowUp(tx: Tx, programmeId: string, versionId: string, reviewerId: string | null): Promise<number> {
  const items = await itemsOf(tx, versionId);
  await tx.reportingPeriod.createMany({
    data: [2018, 2019, 2020, 2021].map((year) => ({ versionId, year, status: "CLOSED" as const, opensAt: date(`${year + 1}-01-15`), closesAt: date(`${year + 1}-03-31`) })),
  });
  const plans: ReportPlan[] = [2018, 2019, 2020, 2021].map((year) => ({
    year,
    reportedAt: at(`${year + 1}-03-10`),
    reviewedAt: at(`${year + 1}-04-20`),
    review: (key) => {
      const roll = unit(`review/${key}`);
      if (year < 2021) return roll < 0.08 ? null : "APPROVED";
      // The last year: some reports still wait for the coordinator, some never came.
      if (roll < 0.15) return null;
      return roll < 0.3 ? "SUBMITTED" : "APPROVED";
    },
  }));
  return writeReports(tx, programmeId, versionId, items, plans, reviewerId);
}

/** 2024 of the youth programme: open; Nyköping has not reported, Eskilstuna waits for review. */
export async function seedYouthFollowUp(tx: Tx, programmeId: string, versionId: string, organisationIdBySlug: ReadonlyMap<string, string>, reviewerId: string | null): Promise<number> {
  const items = await itemsOf(tx, versionId);
  await tx.reportingPeriod.create({ data: { versionId, year: 2024, status: "OPEN", opensAt: date("2025-01-15") } });
  const nykoping = organisationIdBySlug.get(NYKOPING);
  const eskilstuna = organisationIdBySlug.get(ESKILSTUNA);
  const plans: ReportPlan[] = [
    {
      year: 2024,
      reportedAt: at("2025-02-20"),
      reviewedAt: at("2025-03-05"),
      review: (key) => {
        const organisationId = key.split("/")[1];
        // Nyköping and its partners in shared actions report during the demo (and the e2e test).
        if (organisationId === nykoping || organisationId === organisationIdBySlug.get(OXELOSUND) || organisationId === organisationIdBySlug.get(TROSA)) return null;
        return organisationId === eskilstuna ? "SUBMITTED" : "APPROVED";
      },
    },
  ];
  return writeReports(tx, programmeId, versionId, items, plans, reviewerId);
}
