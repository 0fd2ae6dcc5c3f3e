// The coordinator's way through (issue 12): the workspace home shows each programme's versions with
// their step, what they wait on and the next step, in a fixed number of queries; the coordinators
// are told when a remiss answer comes in; § and Dnr are stored in one form whatever was typed (and
// rows stored before are brought to it); a decision posted twice with the same minutes file is one
// decision, one audit event, one stored file and one notification.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, test, vi } from "vitest";
import { idleFormState } from "@/lib/actions/form-state";
import { closeConsultationAction, saveResponseAction, sendToConsultationAction } from "@/lib/consultations/actions";
import { PrismaClient } from "@/lib/db/generated/client";
import { decideAction, ratifyVersionAction, sendForEndorsementAction } from "@/lib/endorsements/actions";
import { listProgrammePipelines } from "@/lib/programmes/data";
import { loadProgrammePipelines } from "@/lib/programmes/loaders";
import { recordStrategyExtensionAction } from "@/lib/strategies/actions";
import { createEndorsement, createMember, createOrganisation, createProgrammeFixture, createProgrammeVersion, setVersionStatus } from "../factories/index.ts";
import { runAsOwner, testDatabaseUrl, testDb as db } from "./db.ts";
import { createFlowWorld, flowDigest, inDays, type FlowWorld } from "./endorsement-world.ts";
import { signInAs } from "./session.ts";
import { form, redirectOf } from "./versions-support.ts";

const mail = vi.hoisted(() => ({ send: vi.fn<(message: { to: string }) => Promise<void>>() }));
vi.mock("@/lib/mail/transport", () => ({
  isMailConfigured: () => false,
  sendMail: (message: { to: string }) => mail.send(message),
}));

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

async function sendForEndorsement(world: FlowWorld, organisationIds: string[]) {
  signInAs(world.people.coordinator);
  const target = await redirectOf(sendForEndorsementAction(idleFormState, form({ versionId: world.version.id, organisationIds })));
  expect(target).toContain("?klart=skickad");
}

async function endorsementOf(world: FlowWorld, organisationId: string) {
  return db.endorsement.findFirstOrThrow({ where: { versionId: world.version.id, organisationId, current: true } });
}

function decision(endorsementId: string, fields: Record<string, string> = {}, minutes?: File): FormData {
  const data = form({ endorsementId, decision: "ENDORSED", decisionBody: "Kommunstyrelsen", decisionDate: "2026-10-01", paragraph: "§ 112", diarienummer: "KS 2026/45", reservation: "", declineReason: "", ...fields });
  data.append("minutes", minutes ?? new File([], "", { type: "application/octet-stream" }));
  return data;
}

async function sendOnConsultation(world: FlowWorld, organisationIds: string[], deadline = inDays(30)) {
  signInAs(world.people.coordinator);
  await redirectOf(sendToConsultationAction(idleFormState, form({ versionId: world.version.id, organisationIds, deadline, message: "" })));
}

async function submitAnswer(world: FlowWorld, user: FlowWorld["people"]["signatoryA"], organisationId: string) {
  const invitation = await db.consultationInvitation.findFirstOrThrow({ where: { organisationId, round: { versionId: world.version.id } } });
  signInAs(user);
  return redirectOf(saveResponseAction(idleFormState, form({ invitationId: invitation.id, generalText: "Vi tillstyrker.", intent: "submit" })));
}

describe("the workspace home", () => {
  test("shows a version on remiss with its step, how many answered and the deadline, and the next step", async () => {
    const world = await createFlowWorld();
    const { municipalityA, municipalityB, police } = world.organisations;
    await sendOnConsultation(world, [municipalityA.id, municipalityB.id, police.id], "2027-03-12");
    await submitAnswer(world, world.people.signatoryA, municipalityA.id);
    signInAs(world.people.coordinator);
    const pipelines = await loadProgrammePipelines();
    const programme = pipelines?.find((p) => p.id === world.programme.id);
    expect(programme?.versions).toEqual([
      expect.objectContaining({
        number: world.version.number,
        step: "CONSULTATION",
        waiting: { kind: "CONSULTATION", submitted: 1, awaited: 2, deadline: new Date("2027-03-12"), awaitedOrganisations: [municipalityB.name, police.name].sort((a, b) => a.localeCompare(b, "sv")) },
        next: { action: "closeConsultation", href: `/arbetsyta/program/${world.programme.id}/version/${world.version.number}/remiss` },
      }),
    ]);
  });

  test("a draft back from remiss has the remiss ticked and offers sending it for endorsement", async () => {
    const world = await createFlowWorld();
    signInAs(world.people.coordinator);
    expect((await loadProgrammePipelines())?.[0]?.versions[0]).toMatchObject({ step: "DRAFT", waiting: { kind: "DRAFT", consulted: false }, next: { action: "sendToConsultation" } });
    await sendOnConsultation(world, [world.organisations.municipalityA.id]);
    expect(await redirectOf(closeConsultationAction(idleFormState, form({ versionId: world.version.id })))).toContain("?klart=remiss-avslutad");
    const back = (await loadProgrammePipelines())?.[0]?.versions[0];
    expect(back?.steps.map((s) => s.state)).toEqual(["CURRENT", "DONE", "TODO", "TODO", "TODO"]);
    expect(back).toMatchObject({ step: "DRAFT", waiting: { kind: "DRAFT", consulted: true }, next: { action: "sendForEndorsement", href: `/arbetsyta/program/${world.programme.id}/version/${world.version.number}/stallningstagande` } });
  });

  test("shows who has stood behind a version and who is missing, and offers ratification once all have", async () => {
    const world = await createFlowWorld();
    const { municipalityA, municipalityB } = world.organisations;
    await sendForEndorsement(world, [municipalityA.id, municipalityB.id]);
    signInAs(world.people.signatoryA);
    expect((await decideAction(idleFormState, decision((await endorsementOf(world, municipalityA.id)).id))).status).toBe("success");
    signInAs(world.people.coordinator);
    const waiting = (await loadProgrammePipelines())?.[0]?.versions[0];
    expect(waiting).toMatchObject({ step: "ENDORSEMENT", waiting: { kind: "ENDORSEMENT", endorsed: 1, required: 2, missing: [municipalityB.name], declined: [] }, next: { action: "followEndorsements" } });

    signInAs(world.people.signatoryB);
    expect((await decideAction(idleFormState, decision((await endorsementOf(world, municipalityB.id)).id))).status).toBe("success");
    signInAs(world.people.coordinator);
    const complete = (await loadProgrammePipelines())?.[0]?.versions[0];
    expect(complete).toMatchObject({ waiting: { endorsed: 2, required: 2, missing: [] }, next: { action: "ratify", href: `/arbetsyta/program/${world.programme.id}/version/${world.version.number}/stallningstagande` } });
  });

  test("a signatory has no programme list; another county's coordinator does not see this county's programmes", async () => {
    const world = await createFlowWorld();
    signInAs(world.people.signatoryA);
    expect(await loadProgrammePipelines()).toBeNull();
    signInAs(world.people.foreignCoordinator);
    expect((await loadProgrammePipelines())?.map((p) => p.id)).not.toContain(world.programme.id);
  });

  test("reads a fixed number of queries, the same for two programmes and for seven in every state", async () => {
    const world = await createFlowWorld();
    const queries: string[] = [];
    const counted = new PrismaClient({ adapter: new PrismaPg({ connectionString: testDatabaseUrl }), log: [{ emit: "event", level: "query" }] });
    counted.$on("query", (event) => queries.push(event.query));
    const read = async () => {
      queries.length = 0;
      const rows = await listProgrammePipelines([world.county.id], counted);
      return { programmes: rows.length, versions: rows.reduce((sum, p) => sum + p.versions.length, 0), queries: queries.length };
    };
    try {
      await sendOnConsultation(world, [world.organisations.municipalityA.id]);
      const endorsing = await createProgrammeFixture(db, { countyId: world.county.id, status: "ENDORSEMENT" });
      await createEndorsement(db, { versionId: endorsing.version.id, required: true });
      const small = await read();
      for (const status of ["DRAFT", "CONSULTATION", "ENDORSEMENT", "RATIFIED", "PUBLISHED"] as const) {
        const other = await createProgrammeFixture(db, { countyId: world.county.id, status: "PUBLISHED" });
        const next = await createProgrammeVersion(db, { programmeId: other.programme.id, kind: "REVISION", supersedesId: other.version.id });
        await setVersionStatus(db, next.version.id, status === "PUBLISHED" ? "DRAFT" : status);
        if (status === "ENDORSEMENT") {
          for (let i = 0; i < 5; i++) await createEndorsement(db, { versionId: next.version.id, required: true });
        }
        if (status === "CONSULTATION") {
          const round = await db.consultationRound.create({ data: { versionId: next.version.id, number: 1, deadline: new Date("2027-01-31") } });
          for (let i = 0; i < 5; i++) {
            const organisation = await createOrganisation(db, { countyId: world.county.id, kind: "MUNICIPALITY" });
            await db.consultationInvitation.create({ data: { roundId: round.id, organisationId: organisation.id } });
          }
        }
      }
      const large = await read();
      expect(small).toMatchObject({ programmes: 2, versions: 2 });
      expect(large).toMatchObject({ programmes: 7, versions: 12 });
      expect(large.queries).toBe(small.queries);
      expect(large.queries).toBeLessThanOrEqual(9);
    } finally {
      await counted.$disconnect();
    }
  });
});

describe("a remiss answer", () => {
  test("tells the county's coordinators in the inbox and by e-mail, once, and nobody in another county", async () => {
    const world = await createFlowWorld();
    const { municipalityA, municipalityB } = world.organisations;
    const secondCoordinator = (await createMember(db, { role: "COORDINATOR", organisationId: world.organisations.board.id })).user;
    await sendOnConsultation(world, [municipalityA.id, municipalityB.id], "2027-03-12");
    await submitAnswer(world, world.people.signatoryA, municipalityA.id);

    const told = await db.notification.findMany({ where: { kind: "consultation.responded" }, select: { userId: true, title: true, body: true, link: true } });
    expect(told.map((n) => n.userId).sort()).toEqual([world.people.coordinator.id, secondCoordinator.id].sort());
    expect(told[0]?.title).toBe(`Remissvar från ${municipalityA.name}`);
    expect(told[0]?.body).toContain("1 av 2 remissvar har kommit in; sista dag för remissvar är 12 mars 2027.");
    expect(told[0]?.link).toBe(`/arbetsyta/program/${world.programme.id}/version/${world.version.number}/remiss`);
    const mails = await db.outboxMail.findMany({ where: { subject: `Länsplan: Remissvar från ${municipalityA.name}` }, select: { to: true, status: true } });
    expect(mails.map((m) => m.to).sort()).toEqual([world.people.coordinator.email, secondCoordinator.email].sort());
    expect(mails.every((m) => m.status === "QUEUED")).toBe(true);
    expect(await db.notification.count({ where: { kind: "consultation.responded", userId: world.people.foreignCoordinator.id } })).toBe(0);

    // Submitting again is refused and tells nobody a second time.
    const invitation = await db.consultationInvitation.findFirstOrThrow({ where: { organisationId: municipalityA.id } });
    signInAs(world.people.signatoryA);
    const again = await saveResponseAction(idleFormState, form({ invitationId: invitation.id, generalText: "Igen", intent: "submit" }));
    expect(again).toMatchObject({ status: "error", code: "INVALID_TRANSITION" });
    expect(await db.notification.count({ where: { kind: "consultation.responded" } })).toBe(2);
  });
});

describe("§ and Dnr", () => {
  test("are stored as a plain number and a bare Dnr whatever form they were typed in", async () => {
    const world = await createFlowWorld();
    const { municipalityA, municipalityB, municipalityC } = world.organisations;
    await sendForEndorsement(world, [municipalityA.id, municipalityB.id, municipalityC.id]);
    const typed: [FlowWorld["people"]["signatoryA"], string, Record<string, string>][] = [
      [world.people.signatoryA, municipalityA.id, { paragraph: " § 12 ", diarienummer: " Dnr  701-1234-2024 " }],
      [world.people.signatoryB, municipalityB.id, { paragraph: "§12", diarienummer: "KS   2026/45" }],
      [world.people.signatoryC, municipalityC.id, { paragraph: "12", diarienummer: "dnr: 701-1234-2024" }],
    ];
    for (const [user, organisationId, fields] of typed) {
      signInAs(user);
      expect((await decideAction(idleFormState, decision((await endorsementOf(world, organisationId)).id, fields))).status).toBe("success");
    }
    const rows = await db.endorsement.findMany({ where: { versionId: world.version.id, current: true }, orderBy: { organisationId: "asc" }, select: { organisationId: true, paragraph: true, diarienummer: true } });
    expect(Object.fromEntries(rows.map((r) => [r.organisationId, [r.paragraph, r.diarienummer]]))).toEqual({
      [municipalityA.id]: ["12", "701-1234-2024"],
      [municipalityB.id]: ["12", "KS 2026/45"],
      [municipalityC.id]: ["12", "701-1234-2024"],
    });

    signInAs(world.people.coordinator);
    await redirectOf(ratifyVersionAction(idleFormState, form({ versionId: world.version.id, ratificationBody: "Landshövdingen", ratificationDate: "2026-11-01", ratificationDnr: "Dnr 705-77-2026", confirmExpired: "on" })));
    expect((await db.programmeVersion.findUniqueOrThrow({ where: { id: world.version.id } })).ratificationDnr).toBe("705-77-2026");
  });

  test("a § that is not a paragraph number is refused beside the field and nothing changes", async () => {
    const world = await createFlowWorld();
    await sendForEndorsement(world, [world.organisations.municipalityA.id]);
    const before = await flowDigest();
    signInAs(world.people.signatoryA);
    const state = await decideAction(idleFormState, decision((await endorsementOf(world, world.organisations.municipalityA.id)).id, { paragraph: "paragraf tolv" }));
    expect(state).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { paragraph: ["paragraphInvalid"] } });
    expect(state.status === "error" && state.values["paragraph"]).toBe("paragraf tolv");
    expect(await flowDigest()).toEqual(before);
  });

  test("a strategy extension's Dnr is stored bare", async () => {
    const world = await createFlowWorld();
    signInAs(world.people.coordinator);
    const strategy = await db.regionalStrategy.findUniqueOrThrow({ where: { id: world.regionalStrategy.id } });
    const newValidTo = new Date(strategy.validTo.getTime() + 365 * 86_400_000).toISOString().slice(0, 10);
    await recordStrategyExtensionAction(idleFormState, form({ strategyId: strategy.id, newValidTo, decisionBody: "Landshövdingen", decisionDate: "2026-10-01", diarienummer: "  Dnr 701-55-2026 " }));
    expect((await db.strategyExtension.findFirstOrThrow({ where: { regionalStrategyId: strategy.id } })).diarienummer).toBe("701-55-2026");
  });

  test("the migration brings rows stored before to the same form", async () => {
    const world = await createFlowWorld();
    const dirty: [string | null, string | null][] = [
      ["§ 12", "Dnr 701-1234-2024"],
      ["§12", " KS  2026/45 "],
      ["  12 a ", "dnr."],
      ["beslut 4", null],
      ["§", "A123.456/2018"],
    ];
    const ids: string[] = [];
    for (const [paragraph, diarienummer] of dirty) ids.push((await createEndorsement(db, { versionId: world.version.id, paragraph, diarienummer })).id);
    await db.programmeVersion.update({ where: { id: world.version.id }, data: { ratificationDnr: "Dnr  705-2345-2018" } });

    const script = await readFile(path.join(process.cwd(), "prisma/migrations/20261206020219_normalise_paragraph_dnr/migration.sql"), "utf8");
    // Migrations run as the owner, like npm run db:migrate.
    await runAsOwner(`BEGIN; ${script} COMMIT;`);
    const rows = await db.endorsement.findMany({ where: { id: { in: ids } }, select: { id: true, paragraph: true, diarienummer: true } });
    expect(ids.map((id) => rows.find((r) => r.id === id)).map((r) => [r?.paragraph, r?.diarienummer])).toEqual([
      ["12", "701-1234-2024"],
      ["12", "KS 2026/45"],
      ["12a", null],
      ["beslut 4", null],
      [null, "A123.456/2018"],
    ]);
    expect((await db.programmeVersion.findUniqueOrThrow({ where: { id: world.version.id } })).ratificationDnr).toBe("705-2345-2018");
  });
});

describe("a decision posted twice with the same minutes file", () => {
  test("twenty identical posts at once make one decision, one audit event, one stored file and one notification", async () => {
    const world = await createFlowWorld();
    await sendForEndorsement(world, [world.organisations.municipalityA.id]);
    const row = await endorsementOf(world, world.organisations.municipalityA.id);
    signInAs(world.people.signatoryA);
    const states = await Promise.all(
      Array.from({ length: 20 }, () => decideAction(idleFormState, decision(row.id, {}, new File([PDF], "KS §112.pdf", { type: "application/pdf" })))),
    );
    expect(states.map((s) => s.status)).toEqual(Array.from({ length: 20 }, () => "success"));
    const decided = await endorsementOf(world, world.organisations.municipalityA.id);
    expect(decided).toMatchObject({ status: "ENDORSED", paragraph: "112" });
    expect(await db.auditEvent.count({ where: { entityId: row.id } })).toBe(1);
    expect(await db.storedFile.count()).toBe(1);
    expect((await db.storedFile.findFirstOrThrow()).id).toBe(decided.minutesFileId);
    expect(await db.notification.count({ where: { kind: "endorsement.decided" } })).toBe(1);
    expect(await db.outboxMail.count({ where: { to: world.people.coordinator.email, subject: { contains: "ställt sig bakom" } } })).toBe(1);

    // A correction with the same file keeps the file; another file is a new one, each audited once.
    expect((await decideAction(idleFormState, decision(row.id, { paragraph: "113" }, new File([PDF], "igen.pdf", { type: "application/pdf" })))).status).toBe("success");
    expect(await db.storedFile.count()).toBe(1);
    const other = new TextEncoder().encode("%PDF-1.4\n% ett annat protokoll\n%%EOF\n");
    expect((await decideAction(idleFormState, decision(row.id, { paragraph: "113" }, new File([other], "nytt.pdf", { type: "application/pdf" })))).status).toBe("success");
    expect(await db.storedFile.count()).toBe(2);
    expect(await db.auditEvent.count({ where: { entityId: row.id, action: "endorsement.correct" } })).toBe(2);
  });
});
