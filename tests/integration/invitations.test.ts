// Invitations: a coordinator invites people into their own county's organisations (an administrator
// into any), never as ADMIN and as COORDINATOR only at the county board; the link is single-use,
// valid 7 days, stored only as a hash; accepting creates the user and the membership.
import { createHash } from "node:crypto";
import { afterEach, describe, expect, test, vi } from "vitest";
import { idleFormState } from "@/lib/actions/form-state";
import { getAuthOptions } from "@/lib/auth/config";
import { getCurrentActor } from "@/lib/auth/session";
import { invitationRateLimit } from "@/lib/auth/rate-limit";
import { inviteMemberAction, revokeInvitationAction } from "@/lib/invitations/actions";
import { loadInvitationPage } from "@/lib/invitations/loaders";
import { acceptInvitation } from "@/lib/invitations/mutations";
import { createUser } from "../factories/index.ts";
import { accountDigest, createAccountWorld, createOutsider, expectRefused } from "./accounts-support.ts";
import { testDb as db } from "./db.ts";
import { signInAs } from "./session.ts";
import { form, stateOf } from "./versions-support.ts";

const day = 24 * 60 * 60 * 1000;

/** Invites through the real action and returns the token from the link it logged (no SMTP in tests). */
async function invite(fields: { organisationId: string; email: string; role: string }) {
  const info = vi.spyOn(console, "info").mockImplementation(() => undefined);
  const state = await stateOf(inviteMemberAction(idleFormState, form(fields)));
  const line = info.mock.calls.map((call) => String(call[0])).find((text) => text.includes("/inbjudan/"));
  info.mockRestore();
  const token = line?.match(/\/inbjudan\/([A-Za-z0-9_-]{43})/)?.[1];
  return { state, token };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("sending an invitation", () => {
  test("a coordinator invites into a municipality of their county: a hashed 7-day token and an audit event", async () => {
    const world = await createAccountWorld();
    signInAs(world.coordinator);
    const before = Date.now();
    const { state, token } = await invite({ organisationId: world.municipality.id, email: " Ny.Person@Kommun.example ", role: "SIGNATORY" });
    expect(state).toMatchObject({ status: "success", data: { email: "ny.person@kommun.example" } });
    if (token === undefined) throw new Error("no invitation link was logged");
    const rows = await db.accountInvitation.findMany();
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toMatchObject({ email: "ny.person@kommun.example", role: "SIGNATORY", organisationId: world.municipality.id, invitedById: world.coordinator.id });
    // Only the hash is stored, never the token itself.
    expect(row?.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(rows)).not.toContain(token);
    const validMs = (row?.expiresAt.getTime() ?? 0) - before;
    expect(validMs).toBeGreaterThan(7 * day - 60_000);
    expect(validMs).toBeLessThanOrEqual(7 * day + 60_000);
    const audit = await db.auditEvent.findMany({ where: { action: "invitation.send" } });
    expect(audit).toMatchObject([{ actorId: world.coordinator.id, entityId: row?.id, countyId: world.countyId }]);
  });

  test("a coordinator can invite another coordinator into their own county board, not into a municipality", async () => {
    const world = await createAccountWorld();
    signInAs(world.coordinator);
    const board = await invite({ organisationId: world.board.id, email: "kollega@lst.example", role: "COORDINATOR" });
    expect(board.state.status).toBe("success");
    const before = await accountDigest();
    const municipality = await invite({ organisationId: world.municipality.id, email: "x@kommun.example", role: "COORDINATOR" });
    expect(municipality.state).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { role: ["coordinatorOnlyAtCountyBoard"] } });
    expect(await accountDigest()).toEqual(before);
  });

  test("nobody can invite an administrator", async () => {
    const world = await createAccountWorld();
    for (const user of [world.coordinator, world.admin]) {
      signInAs(user);
      const before = await accountDigest();
      const { state } = await invite({ organisationId: world.board.id, email: "chef@lst.example", role: "ADMIN" });
      expect(state).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { role: ["invalidRole"] } });
      expect(await accountDigest()).toEqual(before);
    }
  });

  test("a coordinator cannot invite into another county; wrong roles and outsiders are refused; nothing changes", async () => {
    const world = await createAccountWorld();
    const outsider = await createOutsider();
    await expectRefused(
      [{ who: "the county's coordinator, into another county", user: world.coordinator }],
      () => inviteMemberAction(idleFormState, form({ organisationId: world.foreignMunicipality.id, email: "a@b.example", role: "MEMBER" })),
    );
    await expectRefused(
      [
        { who: "a coordinator of another county", user: world.foreignCoordinator },
        { who: "the municipality's signatory", user: world.municipalSignatory },
        { who: "the municipality's member", user: world.municipalMember },
        { who: "a member of the county board", user: world.boardMember },
        { who: "a user without any role", user: outsider },
        { who: "a signed-out visitor", user: null },
      ],
      () => inviteMemberAction(idleFormState, form({ organisationId: world.municipality.id, email: "a@b.example", role: "MEMBER" })),
    );
  });

  test("an administrator can invite in any county", async () => {
    const world = await createAccountWorld();
    signInAs(world.admin);
    const { state } = await invite({ organisationId: world.foreignMunicipality.id, email: "ny@annan.example", role: "MEMBER" });
    expect(state.status).toBe("success");
    expect(await db.accountInvitation.count({ where: { organisationId: world.foreignMunicipality.id } })).toBe(1);
  });

  test("someone who already holds the role there is not invited again", async () => {
    const world = await createAccountWorld();
    signInAs(world.coordinator);
    const existing = await db.user.findUniqueOrThrow({ where: { id: world.municipalMember.id } });
    const before = await accountDigest();
    const { state } = await invite({ organisationId: world.municipality.id, email: existing.email, role: "MEMBER" });
    expect(state).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { email: ["alreadyMember"] } });
    expect(await accountDigest()).toEqual(before);
  });

  test(`more than ${invitationRateLimit.perInviter} invitations in an hour are refused with when to try again`, async () => {
    const world = await createAccountWorld();
    signInAs(world.coordinator);
    const windowStart = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000);
    for (let i = 0; i < invitationRateLimit.perInviter; i += 1) {
      const { state } = await invite({ organisationId: world.municipality.id, email: `person${i}@kommun.example`, role: "MEMBER" });
      expect(state.status).toBe("success");
    }
    const before = await accountDigest();
    const { state } = await invite({ organisationId: world.municipality.id, email: "en-till@kommun.example", role: "MEMBER" });
    expect(state).toMatchObject({ status: "error", code: "RATE_LIMITED" });
    const retry = state.status === "error" ? state.details?.["retryAfterSeconds"] : undefined;
    expect(typeof retry).toBe("number");
    expect(Number(retry)).toBeGreaterThan(0);
    expect(Number(retry)).toBeLessThanOrEqual(3600 - Math.floor((Date.now() - windowStart.getTime()) / 1000) + 1);
    expect(await accountDigest()).toEqual(before);
  });
});

describe("revoking an invitation", () => {
  test("the coordinator revokes an open invitation; others are refused and nothing changes", async () => {
    const world = await createAccountWorld();
    signInAs(world.coordinator);
    await invite({ organisationId: world.municipality.id, email: "ny@kommun.example", role: "MEMBER" });
    const invitation = await db.accountInvitation.findFirstOrThrow();
    await expectRefused(
      [
        { who: "a coordinator of another county", user: world.foreignCoordinator },
        { who: "the municipality's signatory", user: world.municipalSignatory },
        { who: "a signed-out visitor", user: null },
      ],
      () => revokeInvitationAction(idleFormState, form({ invitationId: invitation.id })),
    );
    signInAs(world.coordinator);
    const state = await stateOf(revokeInvitationAction(idleFormState, form({ invitationId: invitation.id })));
    expect(state).toMatchObject({ status: "success", data: { invitationId: invitation.id, organisationId: world.municipality.id } });
    expect((await db.accountInvitation.findUniqueOrThrow({ where: { id: invitation.id } })).revokedAt).not.toBeNull();
    expect(await db.auditEvent.count({ where: { action: "invitation.revoke", entityId: invitation.id } })).toBe(1);
  });
});

describe("accepting an invitation", () => {
  async function sentInvitation(role = "SIGNATORY", email = "ny.person@kommun.example") {
    const world = await createAccountWorld();
    signInAs(world.coordinator);
    const { token } = await invite({ organisationId: world.municipality.id, email, role });
    if (token === undefined) throw new Error("no token");
    signInAs(null);
    return { world, token };
  }

  test("creates the user and the membership and records who accepted; the person then has the role", async () => {
    const { world, token } = await sentInvitation();
    const page = await loadInvitationPage(token, new Date());
    expect(page).toMatchObject({ usable: true, email: "ny.person@kommun.example", role: "SIGNATORY", organisationName: world.municipality.name, isNewUser: true });
    const outcome = await acceptInvitation({ token, name: "Nya Personen" }, new Date());
    if (!outcome.ok) throw new Error(`refused: ${outcome.reason}`);
    const user = await db.user.findUniqueOrThrow({ where: { email: "ny.person@kommun.example" }, include: { memberships: true } });
    expect(user).toMatchObject({ name: "Nya Personen", memberships: [{ organisationId: world.municipality.id, role: "SIGNATORY" }] });
    expect(user.emailVerified).not.toBeNull();
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "invitation.accept" } });
    expect(audit).toMatchObject({ actorId: user.id, countyId: world.countyId });
    signInAs(user);
    expect((await getCurrentActor())?.memberships).toMatchObject([{ organisationId: world.municipality.id, role: "SIGNATORY" }]);
  });

  test("an existing user gets the new membership added, keeping their account", async () => {
    const existing = await createUser(db, { email: "finns@kommun.example", name: "Finns Redan" });
    const { world, token } = await sentInvitation("MEMBER", "finns@kommun.example");
    expect(await loadInvitationPage(token, new Date())).toMatchObject({ usable: true, isNewUser: false });
    const outcome = await acceptInvitation({ token, name: "Annat Namn" }, new Date());
    expect(outcome).toMatchObject({ ok: true, user: { id: existing.id, name: "Finns Redan" } });
    expect(await db.membership.findMany({ where: { userId: existing.id } })).toMatchObject([{ organisationId: world.municipality.id, role: "MEMBER" }]);
  });

  test("a used link is refused: the second acceptance changes nothing", async () => {
    const { token } = await sentInvitation();
    expect((await acceptInvitation({ token, name: null }, new Date())).ok).toBe(true);
    const before = await accountDigest();
    expect(await acceptInvitation({ token, name: null }, new Date())).toEqual({ ok: false, reason: "USED" });
    expect(await loadInvitationPage(token, new Date())).toEqual({ usable: false, reason: "USED" });
    expect(await accountDigest()).toEqual(before);
  });

  test("an expired link is refused after 7 days and creates nothing", async () => {
    const { token } = await sentInvitation();
    const later = new Date(Date.now() + 7 * day + 60_000);
    const before = await accountDigest();
    expect(await acceptInvitation({ token, name: null }, later)).toEqual({ ok: false, reason: "EXPIRED" });
    expect(await loadInvitationPage(token, later)).toEqual({ usable: false, reason: "EXPIRED" });
    expect(await accountDigest()).toEqual(before);
    expect(await db.user.count({ where: { email: "ny.person@kommun.example" } })).toBe(0);
  });

  test("a revoked link is refused", async () => {
    const { world, token } = await sentInvitation();
    await db.accountInvitation.updateMany({ where: { organisationId: world.municipality.id }, data: { revokedAt: new Date() } });
    const before = await accountDigest();
    expect(await acceptInvitation({ token, name: null }, new Date())).toEqual({ ok: false, reason: "REVOKED" });
    expect(await accountDigest()).toEqual(before);
  });

  test("an unknown or malformed token is refused", async () => {
    await sentInvitation();
    expect(await loadInvitationPage("x".repeat(43), new Date())).toEqual({ usable: false, reason: "UNKNOWN" });
    expect(await loadInvitationPage("../../etc", new Date())).toEqual({ usable: false, reason: "UNKNOWN" });
    expect(await acceptInvitation({ token: "x".repeat(43), name: null }, new Date())).toEqual({ ok: false, reason: "UNKNOWN" });
  });

  test("a disabled account is not brought back by an invitation, and the link stays unused", async () => {
    await createUser(db, { email: "avstangd@kommun.example", disabledAt: new Date() });
    const { token } = await sentInvitation("MEMBER", "avstangd@kommun.example");
    const before = await accountDigest();
    expect(await acceptInvitation({ token, name: null }, new Date())).toEqual({ ok: false, reason: "USER_DISABLED" });
    expect(await accountDigest()).toEqual(before);
  });

  test("next-auth's invitation sign-in accepts the link once and signs in only then", async () => {
    process.env.NEXTAUTH_SECRET ??= "test-secret-test-secret-test-secret-123";
    const { token } = await sentInvitation();
    // CredentialsProvider keeps the configured id and authorize in `options` (next-auth merges them later).
    const provider = getAuthOptions().providers.find((p) => p.type === "credentials" && Reflect.get(p.options, "id") === "invitation");
    if (provider === undefined || provider.type !== "credentials") throw new Error("no invitation provider");
    const authorize = provider.options.authorize;
    if (authorize === undefined) throw new Error("no authorize");
    const request = { body: {}, query: {}, headers: {}, method: "POST" };
    const first = await authorize({ token, name: "Ny" }, request);
    expect(first).toMatchObject({ email: "ny.person@kommun.example", name: "Ny" });
    expect(await authorize({ token, name: "Ny" }, request)).toBeNull();
    expect(await authorize({ token: "not-a-token", name: "" }, request)).toBeNull();
  });
});
