import type { EndorsementSpec, FocusAreaSpec, IndicatorSpec, ItemSpec, PublicationSpec, TimeframeSpec, VersionSpec } from "./programme-writer";

/*
 * EXAMPLE CONTENT. Södermanland's regional ANDT strategy 2018–2021 and its action programme, as a
 * county programme of that time typically looked. The organisations are real; the actions,
 * figures, decision dates, paragraphs and diarienummer are invented for the demo and must not be
 * read as the county's actual decisions or statistics. Every row written from here has
 * isExample = true where the table has the column.
 */

const LST = "lansstyrelsen-sodermanland";
// The programme of 2018 was endorsed by the county council, which became Region Sörmland on
// 2019-01-01; the 2023 revision names the region instead (see organisations.ts).
const LANDSTINGET = "landstinget-sormland";
const REGION = "region-sormland";
const POLICE = "polisomrade-sodermanland";

const VINGAKER = "vingakers-kommun";
const GNESTA = "gnesta-kommun";
const NYKOPING = "nykopings-kommun";
const OXELOSUND = "oxelosunds-kommun";
const FLEN = "flens-kommun";
const KATRINEHOLM = "katrineholms-kommun";
const ESKILSTUNA = "eskilstuna-kommun";
const STRANGNAS = "strangnas-kommun";
const TROSA = "trosa-kommun";
const KOMMUNERNA = [VINGAKER, GNESTA, NYKOPING, OXELOSUND, FLEN, KATRINEHOLM, ESKILSTUNA, STRANGNAS, TROSA] as const;

/** All municipalities except the ones already named on the action. */
function kommunerUtom(...named: string[]): string[] {
  return KOMMUNERNA.filter((slug) => !named.includes(slug));
}

export const SODERMANLAND_COUNTY_CODE = "04";

export const sodermanlandStrategy = {
  slug: "andt-strategi-2018-2021",
  title: "Regional ANDT-strategi för Södermanlands län 2018–2021",
  validFrom: "2018-01-01",
  validTo: "2021-12-31",
  nationalStrategySlug: "andt-2016-2020",
  overarchingText:
    "Strategin omsätter den nationella ANDT-strategin 2016–2020 i Södermanlands län. Målet är ett län fritt från narkotika och dopning, med minskade medicinska och sociala skador orsakade av alkohol och ett minskat tobaksbruk. Strategin har tagits fram av Länsstyrelsen tillsammans med länets nio kommuner, Landstinget Sörmland och Polisområde Södermanland, och genomförs genom ett gemensamt åtgärdsprogram som följs upp årligen.",
  createdAt: "2017-09-04T08:00:00.000Z",
  extension: {
    newValidTo: "2023-12-31",
    decisionBody: "Länsstyrelsen i Södermanlands län",
    decisionDate: "2021-11-24",
    diarienummer: "705-1234-2021",
    createdAt: "2021-11-25T09:00:00.000Z",
  },
} as const;

export const sodermanlandProgramme = {
  slug: "atgardsprogram-andt",
  title: "Åtgärdsprogram för ANDT-arbetet i Södermanlands län",
  createdAt: "2017-09-04T08:05:00.000Z",
} as const;

// ─────────────── Version 1 (2018–2021) ───────────────

const years = (from: number, to: number): TimeframeSpec => ({ kind: "YEARS", from, to });
const ongoing: TimeframeSpec = { kind: "ONGOING" };

type IndicatorWithRevision = IndicatorSpec & { revised?: Pick<IndicatorSpec, "baseline" | "baselineYear" | "target" | "targetYear"> };
type ItemWithRevision = Omit<ItemSpec, "indicators"> & { indicators: readonly IndicatorWithRevision[] };
type FocusAreaWithRevision = Omit<FocusAreaSpec, "items"> & {
  items: readonly ItemWithRevision[];
  /** Goals of the 2022–2025 strategy the area is linked to in the revision. */
  revisedGoalNumbers: readonly number[];
  revisedTitle?: string;
};

const focusAreasV1: readonly FocusAreaWithRevision[] = [
  {
    key: "tillgang",
    title: "Minskad tillgång till alkohol, narkotika, dopningsmedel och tobak",
    description: "Tillsyn, kontroll och samverkan som begränsar tillgången, särskilt för barn och unga.",
    goalNumbers: [1],
    revisedGoalNumbers: [1],
    revisedTitle: "Minskad tillgång till ANDT och minskade skadeverkningar av spel om pengar",
    items: [
      {
        key: "samordnad-tillsyn",
        title: "Samordnad tillsyn av serveringsställen",
        description:
          "Kommunerna genomför samordnad tillsyn av restauranger med serveringstillstånd tillsammans med polisen, med fokus på överservering och ålderskontroll. Länsstyrelsen samordnar planeringen och följer upp kommunernas tillsyn enligt alkohollagen.",
        timeframe: ongoing,
        lead: LST,
        responsible: KOMMUNERNA,
        partners: [POLICE],
        followUp: "Kommunerna redovisar antalet samordnade tillsynsbesök i Länsrapporten. Länsstyrelsen sammanställer resultatet årligen.",
        indicators: [
          {
            key: "andel-kommuner",
            name: "Andel kommuner som genomfört samordnad tillsyn med polisen",
            unit: "%",
            baseline: "56 %",
            baselineYear: 2017,
            target: "100 %",
            targetYear: 2021,
            dataSource: "Länsrapporten",
            revised: { baseline: "89 %", baselineYear: 2021, target: "100 %", targetYear: 2025 },
          },
        ],
      },
      {
        key: "ansvarsfull-alkoholservering",
        title: "Ansvarsfull alkoholservering",
        description:
          "Utbildning i Ansvarsfull alkoholservering för krögare och serveringspersonal enligt STAD-modellen, där utbildning kombineras med samverkan och tillsyn. Minst ett utbildningstillfälle per år i var och en av de ansvariga kommunerna.",
        timeframe: years(2018, 2021),
        lead: ESKILSTUNA,
        responsible: [NYKOPING, KATRINEHOLM, STRANGNAS],
        partners: [POLICE, LST],
        followUp: "Antal utbildningstillfällen och deltagare redovisas årligen till Länsstyrelsen.",
        indicators: [
          {
            key: "utbildade",
            name: "Antal personer som gått utbildningen Ansvarsfull alkoholservering",
            unit: "personer",
            baseline: "120",
            baselineYear: 2017,
            target: "400",
            targetYear: 2021,
            dataSource: "Kommunernas rapportering till Länsstyrelsen",
            revised: { baseline: "380", baselineYear: 2021, target: "650", targetYear: 2025 },
          },
        ],
      },
      {
        key: "kontrollkop",
        title: "Kontrollköp av tobak och folköl",
        description:
          "Kommunerna genomför kontrollköp av tobak och folköl i detaljhandeln minst en gång per år och återkopplar resultatet till butikerna. Katrineholms kommun samordnar metod och rapportmall för länet.",
        timeframe: ongoing,
        lead: KATRINEHOLM,
        responsible: kommunerUtom(KATRINEHOLM),
        partners: [],
        followUp: "Resultatet av kontrollköpen redovisas per kommun i Länsrapporten.",
        indicators: [
          {
            key: "legitimation",
            name: "Andel kontrollköp där butiken krävde legitimation",
            unit: "%",
            baseline: "71 %",
            baselineYear: 2017,
            target: "90 %",
            targetYear: 2021,
            dataSource: "Länsrapporten",
            revised: { baseline: "83 %", baselineYear: 2021, target: "95 %", targetYear: 2025 },
          },
        ],
      },
      {
        key: "langning",
        title: "Insatser mot langning till unga",
        description:
          "Gemensamma informationsinsatser mot langning inför skolavslutning, valborg och midsommar, riktade till föräldrar och unga vuxna. Polisen uppmärksammar langning vid ingripanden mot ungdomar.",
        timeframe: ongoing,
        lead: POLICE,
        responsible: [LST],
        partners: ["systembolaget", NYKOPING, ESKILSTUNA],
        followUp: "Genomförda insatser redovisas i den årliga uppföljningen.",
        indicators: [
          {
            key: "langad-alkohol",
            name: "Andel elever i gymnasiets år 2 som fått alkohol langad av någon annan än en förälder",
            unit: "%",
            baseline: "38 %",
            baselineYear: 2017,
            target: "30 %",
            targetYear: 2021,
            dataSource: "Liv & hälsa ung",
            revised: { baseline: "33 %", baselineYear: 2021, target: "25 %", targetYear: 2025 },
          },
        ],
      },
      {
        key: "illegal-handel",
        title: "Samverkan mot illegal handel med alkohol, tobak och narkotika",
        description:
          "Polisen och Tullverket samverkar mot smuggling och illegal försäljning, även via sociala medier. Kommunerna rapporterar iakttagelser från tillsynen till polisen.",
        timeframe: ongoing,
        lead: POLICE,
        responsible: [],
        partners: ["tullverket", LST],
        followUp: "Polisområdet redovisar genomförda insatser i den årliga uppföljningen.",
        indicators: [],
      },
      {
        key: "ren-hardtraning",
        title: "Förebygga dopning – 100% Ren Hårdträning",
        description:
          "Gym och träningsanläggningar erbjuds att arbeta enligt metoden 100% Ren Hårdträning: utbildning av personalen, en antidopningspolicy, skyltning och samverkan med polisen. Länsstyrelsen samordnar utbildningarna.",
        timeframe: years(2018, 2021),
        lead: LST,
        responsible: [ESKILSTUNA, NYKOPING, STRANGNAS],
        partners: [POLICE],
        followUp: "Länsstyrelsen redovisar antalet utbildade gym och genomförda kontroller.",
        indicators: [
          {
            key: "certifierade-gym",
            name: "Antal gym i länet som arbetar enligt 100% Ren Hårdträning",
            unit: "gym",
            baseline: "3",
            baselineYear: 2017,
            target: "12",
            targetYear: 2021,
            dataSource: "Länsstyrelsens sammanställning",
            revised: { baseline: "9", baselineYear: 2021, target: "15", targetYear: 2025 },
          },
        ],
      },
    ],
  },
  {
    key: "barn-och-unga",
    title: "Barn och unga – senarelagd debut och skydd mot skador",
    description: "Färre barn och unga ska börja använda tobak, narkotika och dopningsmedel eller debutera tidigt med alkohol.",
    goalNumbers: [2],
    revisedGoalNumbers: [2, 3],
    items: [
      {
        key: "andt-i-skolan",
        title: "ANDT i skolan",
        description:
          "Skolorna ger kunskapsbaserad ANDT-undervisning enligt läroplanen och har en aktuell ANDT-policy. Länsstyrelsen erbjuder stödmaterial och nätverksträffar för elevhälsa och lärare.",
        timeframe: ongoing,
        lead: LST,
        responsible: KOMMUNERNA,
        partners: [],
        followUp: "Kommunerna redovisar andelen skolor med aktuell ANDT-policy i Länsrapporten.",
        indicators: [
          {
            key: "narkotika-ak9",
            name: "Andel elever i årskurs 9 som någon gång använt narkotika",
            unit: "%",
            baseline: "6 %",
            baselineYear: 2017,
            target: "4 %",
            targetYear: 2021,
            dataSource: "Liv & hälsa ung",
            revised: { baseline: "5 %", baselineYear: 2021, target: "3 %", targetYear: 2025 },
          },
        ],
      },
      {
        key: "tobaksfri-skoltid",
        title: "Tobaksfri skoltid",
        description:
          "Alla grund- och gymnasieskolor i länet ska ha tobaksfri skoltid med tydliga regler, information till vårdnadshavare och stöd till elever som vill sluta. Tandvården bidrar med metoden Tobaksfri duo.",
        timeframe: years(2018, 2020),
        lead: LST,
        responsible: KOMMUNERNA,
        partners: [LANDSTINGET],
        followUp: "Andelen skolor med tobaksfri skoltid redovisas i Länsrapporten.",
        indicators: [
          {
            key: "skolor-tobaksfri-skoltid",
            name: "Andel grundskolor med tobaksfri skoltid",
            unit: "%",
            baseline: "40 %",
            baselineYear: 2017,
            target: "100 %",
            targetYear: 2020,
            dataSource: "Länsrapporten",
            revised: { baseline: "78 %", baselineYear: 2021, target: "100 %", targetYear: 2025 },
          },
          {
            key: "rokning-ak9",
            name: "Andel elever i årskurs 9 som röker dagligen eller ibland",
            unit: "%",
            baseline: "11 %",
            baselineYear: 2017,
            target: "7 %",
            targetYear: 2021,
            dataSource: "Liv & hälsa ung",
            revised: { baseline: "8 %", baselineYear: 2021, target: "5 %", targetYear: 2025 },
          },
        ],
      },
      {
        key: "foraldrastod",
        title: "Föräldrastöd för att skjuta upp alkoholdebuten",
        description:
          "Kommunerna erbjuder föräldrar till barn i högstadiet ett evidensbaserat föräldrastödsprogram med fokus på tydliga förhållningssätt till alkohol, till exempel Effekt.",
        timeframe: years(2018, 2021),
        lead: KATRINEHOLM,
        responsible: [FLEN, VINGAKER],
        partners: [],
        followUp: "Antal föräldrar som deltagit redovisas årligen per kommun.",
        indicators: [
          {
            key: "alkohol-ak9",
            name: "Andel elever i årskurs 9 som druckit alkohol de senaste 12 månaderna",
            unit: "%",
            baseline: "42 %",
            baselineYear: 2017,
            target: "35 %",
            targetYear: 2021,
            dataSource: "CAN:s skolundersökning",
            revised: { baseline: "37 %", baselineYear: 2021, target: "30 %", targetYear: 2025 },
          },
        ],
      },
      {
        key: "drogfria-miljoer",
        title: "Drogfria miljöer och alkoholfria arrangemang för unga",
        description:
          "Kommunerna stödjer drogfria fritidsmiljöer och alkoholfria arrangemang, till exempel drogfritt studentfirande och nattvandring, i samverkan med föreningslivet.",
        timeframe: ongoing,
        lead: NYKOPING,
        responsible: [OXELOSUND, TROSA, GNESTA],
        partners: ["iogt-nto", POLICE],
        followUp: "Kommunerna beskriver genomförda arrangemang i den årliga uppföljningen.",
        indicators: [],
      },
      {
        key: "barn-i-familjer",
        title: "Stöd till barn i familjer med missbruk",
        description:
          "Kommunerna erbjuder stödgrupper för barn och unga som växer upp i familjer med missbruk eller beroende. Hälso- och sjukvården uppmärksammar barnens behov när en förälder vårdas för missbruk.",
        timeframe: years(2018, 2021),
        lead: ESKILSTUNA,
        responsible: [...kommunerUtom(ESKILSTUNA), LANDSTINGET],
        partners: [],
        followUp: "Antal barn som deltagit i stödgrupp redovisas årligen.",
        indicators: [
          {
            key: "kommuner-stodgrupp",
            name: "Antal kommuner som erbjuder stödgrupp för barn i familjer med missbruk",
            unit: "kommuner",
            baseline: "5",
            baselineYear: 2017,
            target: "9",
            targetYear: 2021,
            dataSource: "Länsrapporten",
            revised: { baseline: "8", baselineYear: 2021, target: "9", targetYear: 2025 },
          },
        ],
      },
      {
        key: "graviditet",
        title: "Alkohol- och tobaksfri graviditet",
        description:
          "Mödrahälsovården samtalar med alla gravida om alkohol och tobak, med AUDIT som stöd, och erbjuder stöd till dem som behöver.",
        timeframe: ongoing,
        lead: LANDSTINGET,
        responsible: [],
        partners: [],
        followUp: "Mödrahälsovården redovisar andelen gravida som fått frågor om alkohol.",
        indicators: [
          {
            key: "audit-gravida",
            name: "Andel gravida som fått frågor om alkohol med AUDIT",
            unit: "%",
            baseline: "88 %",
            baselineYear: 2017,
            target: "95 %",
            targetYear: 2021,
            dataSource: "Graviditetsregistret",
            revised: { baseline: "93 %", baselineYear: 2021, target: "97 %", targetYear: 2025 },
          },
        ],
      },
    ],
  },
  {
    key: "tidig-upptackt",
    title: "Tidig upptäckt och minskat skadligt bruk",
    description: "Riskbruk ska upptäckas tidigt och leda till rådgivning, stöd eller behandling.",
    goalNumbers: [3],
    revisedGoalNumbers: [4],
    items: [
      {
        key: "riskbruk-varden",
        title: "Tidig upptäckt av riskbruk i hälso- och sjukvården",
        description:
          "Primärvården frågar om alkohol och tobak enligt Socialstyrelsens nationella riktlinjer för prevention och behandling vid ohälsosamma levnadsvanor och erbjuder rådgivande samtal.",
        timeframe: ongoing,
        lead: LANDSTINGET,
        responsible: [],
        partners: [],
        followUp: "Andelen patienter som tillfrågats om alkoholvanor följs upp i journalsystemet.",
        indicators: [
          {
            key: "tillfragade",
            name: "Andel patienter i primärvården som tillfrågats om alkoholvanor",
            unit: "%",
            baseline: "31 %",
            baselineYear: 2017,
            target: "60 %",
            targetYear: 2021,
            dataSource: "Landstingets verksamhetsuppföljning",
            revised: { baseline: "52 %", baselineYear: 2021, target: "70 %", targetYear: 2025 },
          },
        ],
      },
      {
        key: "sspf",
        title: "SSPF – samverkan kring unga i riskzon",
        description:
          "Skola, socialtjänst, polis och fritid (SSPF) samverkar kring unga som riskerar att utveckla missbruk eller hamna i kriminalitet, med vårdnadshavarnas samtycke.",
        timeframe: years(2018, 2021),
        lead: POLICE,
        responsible: KOMMUNERNA,
        partners: [],
        followUp: "Antal kommuner med etablerad SSPF-samverkan redovisas årligen.",
        indicators: [
          {
            key: "kommuner-sspf",
            name: "Antal kommuner med etablerad SSPF-samverkan",
            unit: "kommuner",
            baseline: "3",
            baselineYear: 2017,
            target: "9",
            targetYear: 2021,
            dataSource: "Länsstyrelsens sammanställning",
            revised: { baseline: "7", baselineYear: 2021, target: "9", targetYear: 2025 },
          },
        ],
      },
      {
        key: "aldre",
        title: "Alkohol och läkemedel hos äldre",
        description:
          "Hemtjänst och särskilda boenden uppmärksammar riskbruk av alkohol och läkemedel hos äldre genom utbildning av personalen och samverkan med primärvården.",
        timeframe: years(2019, 2021),
        lead: OXELOSUND,
        responsible: [NYKOPING, TROSA],
        partners: [LANDSTINGET],
        followUp: "Antal utbildade medarbetare redovisas årligen.",
        indicators: [],
      },
      {
        key: "arbetslivet",
        title: "ANDT i arbetslivet",
        description:
          "Kommunerna har som arbetsgivare en aktuell alkohol- och drogpolicy med rutiner för tidig upptäckt och stöd till medarbetare.",
        timeframe: years(2018, 2019),
        lead: GNESTA,
        responsible: kommunerUtom(GNESTA),
        partners: [],
        followUp: "Kommunerna redovisar om policyn är beslutad och när den senast reviderades.",
        indicators: [],
      },
    ],
  },
  {
    key: "vard-och-stod",
    title: "Vård och stöd av god kvalitet",
    description: "Personer med missbruk eller beroende och deras anhöriga ska få samordnat stöd och god vård.",
    goalNumbers: [4],
    revisedGoalNumbers: [5],
    items: [
      {
        key: "samsjuklighet",
        title: "Samordnad vård och stöd vid missbruk och samsjuklighet",
        description:
          "Landstinget och kommunerna följer och uppdaterar sin gemensamma överenskommelse om samarbete kring personer med missbruk eller beroende och använder samordnad individuell plan (SIP).",
        timeframe: ongoing,
        lead: LANDSTINGET,
        responsible: KOMMUNERNA,
        partners: [],
        followUp: "Överenskommelsen följs upp årligen av den regionala ledningsgruppen.",
        indicators: [
          {
            key: "sip",
            name: "Antal upprättade SIP för personer med missbruk eller beroende",
            unit: "st",
            baseline: "140",
            baselineYear: 2017,
            target: "250",
            targetYear: 2021,
            dataSource: "Landstingets och kommunernas verksamhetsstatistik",
            revised: { baseline: "230", baselineYear: 2021, target: "300", targetYear: 2025 },
          },
        ],
      },
      {
        key: "anhoriga",
        title: "Stöd till anhöriga",
        description:
          "Anhöriga till personer med missbruk eller beroende erbjuds stöd, till exempel anhöriggrupper, i kommunal regi eller i samverkan med idéburna organisationer.",
        timeframe: years(2019, 2021),
        lead: FLEN,
        responsible: [KATRINEHOLM, VINGAKER],
        partners: ["lankarna"],
        followUp: "Antal anhöriga som fått stöd redovisas årligen.",
        indicators: [],
      },
      {
        key: "oppenvard-unga",
        title: "Tillgänglig öppenvård för unga med riskbruk",
        description: "Unga med riskbruk eller missbruk erbjuds lättillgänglig öppenvård utan remiss, gemensamt av landstinget och kommunerna.",
        timeframe: years(2018, 2021),
        lead: LANDSTINGET,
        responsible: [ESKILSTUNA, NYKOPING],
        partners: [],
        followUp: "Antal unga som fått stöd redovisas årligen.",
        indicators: [],
      },
    ],
  },
  {
    key: "skador-och-dodlighet",
    title: "Minskade skador och minskad dödlighet",
    description: "Färre ska dö eller skadas på grund av sitt eget eller andras bruk.",
    goalNumbers: [5],
    revisedGoalNumbers: [6],
    items: [
      {
        key: "narkotikarelaterade-dodsfall",
        title: "Förebygga narkotikarelaterade dödsfall",
        description:
          "Landstinget utreder förutsättningarna för ett naloxonprogram i länet och ser över rutinerna vid överdoser tillsammans med ambulanssjukvården.",
        timeframe: years(2019, 2020),
        lead: LANDSTINGET,
        responsible: [],
        partners: [POLICE],
        followUp: "Utredningen redovisas för den regionala styrgruppen.",
        indicators: [],
      },
      {
        key: "nattliv",
        title: "Minskat alkoholrelaterat våld i nattlivet",
        description:
          "Polisen, kommunerna och krögarna samverkar för ett tryggare nattliv, med gemensam tillsyn, ordningsvakter och uppföljning av våldsbrott i anslutning till serveringsställen.",
        timeframe: ongoing,
        lead: POLICE,
        responsible: [ESKILSTUNA, NYKOPING],
        partners: [],
        followUp: "Polisområdet redovisar utvecklingen av våldsbrott i nattlivet årligen.",
        indicators: [],
      },
      {
        key: "nykter-trafik",
        title: "Nykter trafik – SMADIT",
        description:
          "Polisen erbjuder personer som misstänks för rattfylleri kontakt med beroendevården direkt vid ingripandet, enligt modellen Samverkan mot alkohol och droger i trafiken (SMADIT).",
        timeframe: ongoing,
        lead: POLICE,
        responsible: [LANDSTINGET],
        partners: [],
        followUp: "Andelen som tackat ja till kontakt följs upp gemensamt av polisen och beroendevården.",
        indicators: [
          {
            key: "kontakt-beroendevard",
            name: "Andel misstänkta rattfyllerister som tackat ja till kontakt med beroendevården",
            unit: "%",
            baseline: "20 %",
            baselineYear: 2017,
            target: "35 %",
            targetYear: 2021,
            dataSource: "Polisens och landstingets gemensamma uppföljning",
            revised: { baseline: "29 %", baselineYear: 2021, target: "40 %", targetYear: 2025 },
          },
        ],
      },
    ],
  },
  {
    key: "forutsattningar",
    title: "Förutsättningar och samordning",
    description: "Struktur, kunskap och uppföljning som gör det gemensamma arbetet möjligt.",
    goalNumbers: [],
    revisedGoalNumbers: [],
    items: [
      {
        key: "regional-samordning",
        title: "Regional ANDT-samordning",
        description:
          "Länsstyrelsen samordnar ett nätverk för kommunernas ANDT-samordnare och en regional styrgrupp med kommunerna, landstinget och polisen.",
        timeframe: ongoing,
        lead: LST,
        responsible: [],
        partners: [LANDSTINGET, POLICE],
        followUp: "Länsstyrelsen redovisar genomförda nätverksträffar och styrgruppsmöten.",
        indicators: [
          {
            key: "natverkstraffar",
            name: "Antal nätverksträffar för kommunernas ANDT-samordnare",
            unit: "träffar per år",
            baseline: "4",
            baselineYear: 2017,
            target: "4",
            targetYear: 2021,
            dataSource: "Länsstyrelsens sammanställning",
            revised: { baseline: "4", baselineYear: 2021, target: "4", targetYear: 2025 },
          },
        ],
      },
      {
        key: "lokala-planer",
        title: "Lokala ANDT-planer i alla kommuner",
        description: "Varje kommun har en politiskt antagen ANDT-plan eller motsvarande som knyter an till det regionala programmet.",
        timeframe: { kind: "DATES", from: "2018-01-01", to: "2019-12-31" },
        lead: LST,
        responsible: KOMMUNERNA,
        partners: [],
        followUp: "Länsstyrelsen följer upp vilka kommuner som antagit en plan.",
        indicators: [
          {
            key: "antagna-planer",
            name: "Antal kommuner med politiskt antagen ANDT-plan",
            unit: "kommuner",
            baseline: "6",
            baselineYear: 2017,
            target: "9",
            targetYear: 2019,
            dataSource: "Länsrapporten",
            revised: { baseline: "9", baselineYear: 2021, target: "9", targetYear: 2024 },
          },
        ],
      },
      {
        key: "lagesbild",
        title: "Kunskapsbaserad uppföljning",
        description:
          "Resultaten från Liv & hälsa ung, CAN:s skolundersökning och Länsrapporten sammanställs i en regional lägesbild som presenteras för styrgruppen varje år.",
        timeframe: ongoing,
        lead: LST,
        responsible: [LANDSTINGET],
        partners: [],
        followUp: "Lägesbilden publiceras på Länsstyrelsens webbplats.",
        indicators: [],
      },
      {
        key: "kompetens",
        title: "Kompetensutveckling inom ANDT-prevention",
        description: "Länsstyrelsen erbjuder grundutbildning i ANDT-prevention för nyckelpersoner i kommunerna, landstinget och polisen.",
        timeframe: years(2018, 2021),
        lead: LST,
        responsible: [],
        partners: [],
        followUp: "Antal deltagare redovisas årligen.",
        indicators: [
          {
            key: "deltagare",
            name: "Antal deltagare i ANDT-grundutbildning",
            unit: "personer",
            baseline: "0",
            baselineYear: 2017,
            target: "150",
            targetYear: 2021,
            dataSource: "Länsstyrelsens sammanställning",
            revised: { baseline: "140", baselineYear: 2021, target: "250", targetYear: 2025 },
          },
        ],
      },
    ],
  },
];

function withoutRevision(indicator: IndicatorWithRevision): IndicatorSpec {
  return {
    key: indicator.key,
    name: indicator.name,
    unit: indicator.unit,
    baseline: indicator.baseline,
    baselineYear: indicator.baselineYear,
    target: indicator.target,
    targetYear: indicator.targetYear,
    dataSource: indicator.dataSource,
  };
}

function stripRevisions(areas: readonly FocusAreaWithRevision[]): FocusAreaSpec[] {
  return areas.map((area) => ({
    key: area.key,
    title: area.title,
    description: area.description,
    goalNumbers: area.goalNumbers,
    items: area.items.map((item) => ({
      ...item,
      indicators: item.indicators.map(withoutRevision),
    })),
  }));
}

export const sodermanlandVersion1: VersionSpec = {
  number: 1,
  kind: "NEW",
  title: "Åtgärdsprogram för ANDT-arbetet i Södermanlands län 2018–2021",
  validFrom: "2018-01-01",
  validTo: "2021-12-31",
  substances: ["A", "N", "D", "T"],
  nationalStrategySlug: "andt-2016-2020",
  changeSummary: "",
  createdAt: "2017-09-04T08:10:00.000Z",
  focusAreas: stripRevisions(focusAreasV1),
};

// Municipal decisions by KS or KF; reservations name the action they concern by its number.
function endorsementsV1(numberOf: (key: string) => string): EndorsementSpec[] {
  const kommun = (
    organisationSlug: string,
    decisionBody: "Kommunstyrelsen" | "Kommunfullmäktige",
    decisionDate: string,
    paragraph: number,
    diarienummer: string,
  ): EndorsementSpec => ({ organisationSlug, status: "ENDORSED", decisionBody, decisionDate, paragraph: String(paragraph), diarienummer });
  return [
    kommun(VINGAKER, "Kommunstyrelsen", "2018-04-09", 58, "KS 2018/47"),
    kommun(GNESTA, "Kommunstyrelsen", "2018-03-28", 41, "KS 2018/32"),
    kommun(NYKOPING, "Kommunstyrelsen", "2018-04-16", 112, "KS 2018/123"),
    {
      ...kommun(OXELOSUND, "Kommunfullmäktige", "2018-05-23", 74, "KS 2018/58"),
      status: "ENDORSED_WITH_RESERVATION",
      reservation: `Oxelösunds kommun ställer sig bakom programmet med reservation för åtgärd ${numberOf("barn-i-familjer")} (stöd till barn i familjer med missbruk): kommunen kan inte starta egna stödgrupper före 2019 inom befintlig budgetram och avser att köpa platser i en grannkommun.`,
    },
    kommun(FLEN, "Kommunstyrelsen", "2018-04-11", 77, "KS 2018/89"),
    kommun(KATRINEHOLM, "Kommunstyrelsen", "2018-04-18", 95, "KS 2018/156"),
    kommun(ESKILSTUNA, "Kommunstyrelsen", "2018-05-08", 123, "KS 2018/201"),
    kommun(STRANGNAS, "Kommunfullmäktige", "2018-05-28", 88, "KS 2018/134"),
    {
      ...kommun(TROSA, "Kommunstyrelsen", "2018-04-04", 49, "KS 2018/61"),
      status: "ENDORSED_WITH_RESERVATION",
      reservation: `Trosa kommun ställer sig bakom programmet med reservation för åtgärd ${numberOf("sspf")} (SSPF): kommunen prövar först sin befintliga modell för samverkan kring unga i riskzon och tar ställning till SSPF efter utvärderingen hösten 2019.`,
    },
    {
      organisationSlug: POLICE,
      status: "ENDORSED",
      decisionBody: "Polisområdeschef",
      decisionDate: "2018-04-20",
      paragraph: null,
      diarienummer: "A123.456/2018",
    },
    {
      organisationSlug: LANDSTINGET,
      status: "ENDORSED",
      decisionBody: "Landstingsstyrelsen",
      decisionDate: "2018-05-15",
      paragraph: "97",
      diarienummer: "LS 2018/345",
    },
    {
      organisationSlug: LST,
      status: "ENDORSED",
      decisionBody: "Länsstyrelsen",
      decisionDate: "2018-05-30",
      paragraph: null,
      diarienummer: "705-2345-2018",
    },
  ];
}

export function sodermanlandPublicationV1(numberOf: (key: string) => string): PublicationSpec {
  return {
    frozenAt: "2018-03-01T09:00:00.000Z",
    endorsements: endorsementsV1(numberOf),
    ratificationBody: "Länsstyrelsen i Södermanlands län",
    ratificationDate: "2018-06-12",
    ratificationDnr: "705-2345-2018",
    publishedAt: "2018-06-14T08:00:00.000Z",
  };
}

// ─────────────── Version 2 (revision 2023–2025, draft) ───────────────

/** Items dropped in the revision (the first is done, the second merged into "samsjuklighet"). */
const REMOVED_IN_V2: ReadonlySet<string> = new Set(["arbetslivet", "oppenvard-unga"]);

/** Content changes in the revision, by item key. */
const CHANGED_IN_V2: Readonly<Record<string, Partial<ItemSpec>>> = {
  kontrollkop: {
    title: "Kontrollköp av tobak, e-cigaretter och folköl",
    description:
      "Kommunerna genomför kontrollköp av tobak, e-cigaretter, tobaksfria nikotinprodukter och folköl minst en gång per år och återkopplar resultatet till butikerna. Katrineholms kommun samordnar metod och rapportmall för länet.",
  },
  "tobaksfri-skoltid": {
    title: "Tobaks- och nikotinfri skoltid",
    description:
      "Alla grund- och gymnasieskolor i länet ska ha tobaks- och nikotinfri skoltid, som även omfattar snus och tobaksfria nikotinprodukter, med tydliga regler, information till vårdnadshavare och stöd till elever som vill sluta.",
  },
  foraldrastod: {
    lead: LST,
    responsible: [KATRINEHOLM, FLEN, VINGAKER, NYKOPING],
    description:
      "Kommunerna erbjuder föräldrar till barn i högstadiet ett evidensbaserat föräldrastödsprogram med fokus på tydliga förhållningssätt till alkohol, tobak och spel. Länsstyrelsen samordnar utbildning av gruppledare för hela länet.",
  },
  samsjuklighet: {
    description:
      "Region Sörmland och kommunerna följer och uppdaterar sin gemensamma överenskommelse om samarbete kring personer med missbruk eller beroende, använder samordnad individuell plan (SIP) och erbjuder unga med riskbruk lättillgänglig öppenvård utan remiss.",
  },
  "narkotikarelaterade-dodsfall": {
    title: "Naloxonprogram i hela länet",
    description:
      "Region Sörmland erbjuder naloxon och utbildning i överdoshantering till personer med opioidberoende och deras närstående, i linje med nollvisionen för narkotikarelaterade dödsfall.",
    followUp: "Antal utlämnade naloxonkit och genomförda utbildningar redovisas årligen.",
  },
  "regional-samordning": {
    title: "Regional ANDTS-samordning",
    description:
      "Länsstyrelsen samordnar ett nätverk för kommunernas ANDTS-samordnare och en regional styrgrupp med kommunerna, Region Sörmland och polisen. Spel om pengar ingår från 2023.",
  },
  "lokala-planer": {
    title: "Aktuella lokala ANDTS-planer i alla kommuner",
    description: "Varje kommun reviderar sin ANDT-plan så att den omfattar spel om pengar och knyter an till det reviderade regionala programmet.",
    timeframe: { kind: "DATES", from: "2023-01-01", to: "2024-06-30" },
  },
};

/** New actions on spel om pengar, by the focus area they are added to. */
const ADDED_IN_V2: Readonly<Record<string, readonly ItemSpec[]>> = {
  tillgang: [
    {
      key: "tillsyn-spel",
      title: "Tillsyn av spel om pengar i samverkan",
      description:
        "Kommunerna kontrollerar spel om pengar på serveringsställen och i butiker, bland annat åldersgränser för värdeautomater och förekomst av olicensierat spel, och rapporterar iakttagelser till Spelinspektionen. Länsstyrelsen samordnar och erbjuder utbildning.",
      timeframe: years(2023, 2025),
      lead: LST,
      responsible: [ESKILSTUNA, NYKOPING, KATRINEHOLM],
      partners: ["spelinspektionen", POLICE],
      followUp: "Antal genomförda kontroller redovisas i Länsrapporten.",
      indicators: [
        {
          key: "kommuner-kontroll-spel",
          name: "Antal kommuner som genomfört kontroller av spel om pengar",
          unit: "kommuner",
          baseline: "1",
          baselineYear: 2021,
          target: "9",
          targetYear: 2025,
          dataSource: "Länsrapporten",
        },
      ],
    },
  ],
  "barn-och-unga": [
    {
      key: "spelproblem-unga",
      title: "Förebygga spelproblem bland unga",
      description:
        "Skolor och fritidsverksamheter tar upp spel om pengar och spelliknande inslag i datorspel i ANDTS-undervisningen, och vårdnadshavare får information om risker och åldersgränser.",
      timeframe: years(2023, 2025),
      lead: LST,
      responsible: KOMMUNERNA,
      partners: [],
      followUp: "Kommunerna redovisar genomförda insatser i den årliga uppföljningen.",
      indicators: [
        {
          key: "spelat-om-pengar",
          name: "Andel elever i gymnasiets år 2 som spelat om pengar de senaste 12 månaderna",
          unit: "%",
          baseline: "21 %",
          baselineYear: 2021,
          target: "15 %",
          targetYear: 2025,
          dataSource: "Liv & hälsa ung",
        },
      ],
    },
  ],
  "tidig-upptackt": [
    {
      key: "spelproblem-tidig-upptackt",
      title: "Tidig upptäckt av spelproblem i socialtjänst och vård",
      description:
        "Socialtjänsten och Region Sörmland frågar om spel om pengar vid bedömning av missbruk och beroende, och har gemensamma rutiner för stöd och behandling vid spelproblem.",
      timeframe: years(2023, 2025),
      lead: REGION,
      responsible: KOMMUNERNA,
      partners: [],
      followUp: "Rutinerna följs upp i den regionala ledningsgruppen.",
      indicators: [],
    },
  ],
};

const replaceLandsting = (slug: string): string => (slug === LANDSTINGET ? REGION : slug);

// A plan that ran over 2018–2021 runs over the revision's period instead, unless the revision
// says otherwise.
function revisedTimeframe(timeframe: TimeframeSpec): TimeframeSpec {
  return timeframe.kind === "YEARS" ? years(2023, 2025) : timeframe;
}

function reviseItem(item: ItemWithRevision): ItemSpec {
  const changes = CHANGED_IN_V2[item.key] ?? {};
  const revised: ItemSpec = {
    ...item,
    timeframe: revisedTimeframe(item.timeframe),
    indicators: item.indicators.map((indicator) => ({
      ...withoutRevision(indicator),
      ...indicator.revised,
      dataSource: indicator.dataSource.replace(/^Landstingets/, "Region Sörmlands"),
    })),
    ...changes,
  };
  return {
    ...revised,
    lead: replaceLandsting(revised.lead),
    responsible: revised.responsible.map(replaceLandsting),
    partners: revised.partners.map(replaceLandsting),
    description: revised.description.replace(/^Landstinget/, "Region Sörmland").replace(/landstinget/g, "Region Sörmland"),
  };
}

export const sodermanlandVersion2: VersionSpec = {
  number: 2,
  kind: "REVISION",
  title: "Åtgärdsprogram för ANDTS-arbetet i Södermanlands län 2023–2025",
  validFrom: "2023-01-01",
  validTo: "2025-12-31",
  substances: ["A", "N", "D", "T", "S"],
  nationalStrategySlug: "andts-2022-2025",
  changeSummary:
    "Revidering efter den nationella ANDTS-strategin 2022–2025. Spel om pengar ingår nu i programmet med tre nya åtgärder om tillsyn, förebyggande arbete bland unga och tidig upptäckt. Fokusområdena är kopplade till de nya långsiktiga målen. Region Sörmland ersätter Landstinget Sörmland som ansvarig. Åtgärden om ANDT i arbetslivet utgår eftersom den är genomförd, och öppenvården för unga ingår nu i åtgärden om samordnad vård. Utgångslägen och målvärden är uppdaterade med 2021 års data.",
  createdAt: "2022-09-05T08:00:00.000Z",
  focusAreas: focusAreasV1.map((area) => ({
    key: area.key,
    title: area.revisedTitle ?? area.title,
    description: area.description.replace(/landstinget/g, "Region Sörmland"),
    goalNumbers: area.revisedGoalNumbers,
    items: [...area.items.filter((item) => !REMOVED_IN_V2.has(item.key)).map(reviseItem), ...(ADDED_IN_V2[area.key] ?? [])],
  })),
};
