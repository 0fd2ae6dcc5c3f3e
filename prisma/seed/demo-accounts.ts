/*
 * The demo accounts the seed creates (isDemo = true). Exported as plain data, with no database
 * import, so the start script can print them and the sign-in page can list them in demo mode.
 * The people are fictitious and every address is under the reserved .example domain, so no
 * mail can ever reach a real inbox.
 */

export type DemoRole = "ADMIN" | "COORDINATOR" | "SIGNATORY" | "MEMBER";

export type DemoAccount = {
  email: string;
  name: string;
  role: DemoRole;
  organisationName: string;
  /** Slug of the organisation the membership belongs to (see prisma/seed/organisations.ts). */
  organisationSlug: string;
  /** What you can try with the account, in Swedish for the sign-in page. */
  description: string;
};

export const demoAccounts: readonly DemoAccount[] = [
  {
    email: "admin@lansplan.example",
    name: "Maria Ekström",
    role: "ADMIN",
    organisationName: "Länsplan systemförvaltning",
    organisationSlug: "lansplan-systemforvaltning",
    description: "Systemförvaltare: hanterar organisationer, användare och de nationella strategierna.",
  },
  {
    email: "samordnare@lansstyrelsen-sodermanland.example",
    name: "Lena Bergqvist",
    role: "COORDINATOR",
    organisationName: "Länsstyrelsen i Södermanlands län",
    organisationSlug: "lansstyrelsen-sodermanland",
    description:
      "Länssamordnare i Södermanland: arbetar med revideringen av åtgärdsprogrammet (utkast, remiss, ställningstaganden, fastställelse).",
  },
  {
    email: "samordnare@lansstyrelsen-kronoberg.example",
    name: "Johan Nyström",
    role: "COORDINATOR",
    organisationName: "Länsstyrelsen i Kronobergs län",
    organisationSlug: "lansstyrelsen-kronoberg",
    description: "Länssamordnare i Kronoberg: ser bara sitt eget läns program och kan inte ändra Södermanlands.",
  },
  {
    email: "signatar@lansstyrelsen-sodermanland.example",
    name: "Anders Öberg",
    role: "SIGNATORY",
    organisationName: "Länsstyrelsen i Södermanlands län",
    organisationSlug: "lansstyrelsen-sodermanland",
    description: "Registrerar Länsstyrelsens eget ställningstagande (landshövdingens beslut) och lämnar remissvar.",
  },
  {
    email: "signatar@nykoping.example",
    name: "Per Sandberg",
    role: "SIGNATORY",
    organisationName: "Nyköpings kommun",
    organisationSlug: "nykopings-kommun",
    description: "Registrerar Nyköpings kommuns ställningstagande (kommunstyrelsens beslut) och lämnar remissvar.",
  },
  {
    email: "medarbetare@nykoping.example",
    name: "Emma Lundgren",
    role: "MEMBER",
    organisationName: "Nyköpings kommun",
    organisationSlug: "nykopings-kommun",
    description: "Folkhälsostrateg i Nyköpings kommun (medlem): läser det som delas med kommunen, t.ex. remissvar och ställningstaganden.",
  },
  {
    email: "signatar@eskilstuna.example",
    name: "Ahmed Karimi",
    role: "SIGNATORY",
    organisationName: "Eskilstuna kommun",
    organisationSlug: "eskilstuna-kommun",
    description: "Registrerar Eskilstuna kommuns ställningstagande och lämnar remissvar.",
  },
  {
    email: "signatar@polisen-sodermanland.example",
    name: "Karin Holm",
    role: "SIGNATORY",
    organisationName: "Polisområde Södermanland",
    organisationSlug: "polisomrade-sodermanland",
    description: "Registrerar polisområdets ställningstagande (polisområdeschefens beslut).",
  },
  {
    email: "signatar@regionsormland.example",
    name: "Sofia Wallin",
    role: "SIGNATORY",
    organisationName: "Region Sörmland",
    organisationSlug: "region-sormland",
    description: "Registrerar Region Sörmlands ställningstagande (regionstyrelsens beslut).",
  },
  {
    email: "signatar@vaxjo.example",
    name: "Oskar Lindahl",
    role: "SIGNATORY",
    organisationName: "Växjö kommun",
    organisationSlug: "vaxjo-kommun",
    description: "Signatär i Kronobergs län: ser Kronobergs program, inte Södermanlands utkast.",
  },
];
