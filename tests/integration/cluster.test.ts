// Several instances on one database (issue 17): background work happens once, and a change of
// public pages announced on one connection reaches the listener of another instance.
import { describe, expect, test, vi } from "vitest";
import { idleFormState } from "@/lib/actions/form-state";
import { sendToConsultationAction } from "@/lib/consultations/actions";
import { queueDeadlineReminders } from "@/lib/consultations/mutations";
import { runAsLeader } from "@/lib/db/leader";
import { PUBLIC_PAGES_CHANNEL, PublicPageListener, encodeChange, type PagePath } from "@/lib/http/cluster-events.mjs";
import { invalidatePublicFollowUp } from "@/lib/follow-up/loaders";
import { deliverQueuedMail } from "@/lib/mail/mutations";
import { testDatabaseUrl, testDb as db } from "./db.ts";
import { createFlowWorld, inDays } from "./endorsement-world.ts";
import { signInAs } from "./session.ts";
import { form, redirectOf } from "./versions-support.ts";

// The SMTP transport is replaced by a recorder (not the thing under test: the claim is).
const mail = vi.hoisted(() => ({ configured: true, send: vi.fn<(message: { to: string }) => Promise<void>>() }));
vi.mock("@/lib/mail/transport", () => ({
  isMailConfigured: () => mail.configured,
  sendMail: (message: { to: string }) => mail.send(message),
}));

/** A promise and the function that resolves it. */
function signal<T = void>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe("background work runs once across instances", () => {
  test("two sweeps racing send each queued mail once", async () => {
    mail.send.mockReset();
    // Each send takes a moment, so the two sweeps overlap.
    mail.send.mockImplementation(() => new Promise((resolve) => setTimeout(resolve, 5)));
    await db.outboxMail.createMany({ data: Array.from({ length: 30 }, (_, i) => ({ to: `mottagare-${i}@example.se`, subject: "Påminnelse", text: "Text" })) });
    const now = new Date(Date.now() + 1000);
    const [a, b] = await Promise.all([deliverQueuedMail(now), deliverQueuedMail(now)]);
    expect(a.sent + b.sent).toBe(30);
    const recipients = mail.send.mock.calls.map(([message]) => message.to);
    expect(recipients).toHaveLength(30);
    expect(new Set(recipients).size).toBe(30);
    const rows = await db.outboxMail.findMany({});
    expect(rows.every((row) => row.status === "SENT" && row.attempts === 1)).toBe(true);
  });

  test("a reminder is queued once when two instances sweep at the same time: one leads, the other skips", async () => {
    const world = await createFlowWorld();
    signInAs(world.people.coordinator);
    await redirectOf(
      sendToConsultationAction(idleFormState, form({ versionId: world.version.id, organisationIds: [world.organisations.municipalityA.id], deadline: inDays(2), message: "" })),
    );
    // Instance A holds the sweep's lock until instance B has tried and stepped aside.
    const bTried = signal();
    const instanceA = runAsLeader(
      "sweep",
      async () => {
        await bTried.promise;
        return queueDeadlineReminders();
      },
      testDatabaseUrl,
    );
    // B tries only once A is leading (A's work has started when B's attempt can no longer win).
    await vi.waitFor(async () => {
      const held = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND classid = ${0x4c50} AND objid = 1 AND granted`;
      expect(Number(held[0]?.n)).toBe(1);
    });
    const instanceB = await runAsLeader("sweep", () => queueDeadlineReminders(), testDatabaseUrl);
    bTried.resolve();
    expect(instanceB).toEqual({ ran: false });
    expect(await instanceA).toEqual({ ran: true, value: 1 });
    // The lock is free again: the next minute's run (on either instance) finds nothing to queue.
    expect(await runAsLeader("sweep", () => queueDeadlineReminders(), testDatabaseUrl)).toEqual({ ran: true, value: 0 });
    expect(await db.notification.count({ where: { kind: "consultation.deadline" } })).toBe(1);
  });
});

describe("public pages stay the same on every instance", () => {
  test("a change announced on one connection reaches another instance's listener, its own are ignored, and a reconnect renews everything", async () => {
    const received: PagePath[][] = [];
    let arrived = signal();
    const listener = new PublicPageListener(
      testDatabaseUrl,
      (paths) => {
        received.push(paths);
        arrived.resolve();
      },
      { origin: "instans-b" },
    );
    try {
      expect(await listener.start()).toBe(true);
      // B's own notification is ignored; notifications arrive in order, so when A's has arrived
      // B's would have too.
      await db.$executeRaw`SELECT pg_notify(${PUBLIC_PAGES_CHANNEL}, ${encodeChange([{ path: "/eget" }], "instans-b")})`;
      // What an approved follow-up report does on instance A (after its commit).
      await invalidatePublicFollowUp();
      await arrived.promise;
      expect(received).toEqual([
        [
          { path: "/(public)/site/[locale]/lan/[countySlug]/[programmeSlug]/uppfoljning", type: "layout" },
          { path: "/(public)/site/[locale]/uppfoljning", type: "layout" },
        ],
      ]);

      // The listener's connection dies (a database restart): it connects again and, since it may
      // have missed notifications meanwhile, renews every public page once.
      arrived = signal();
      const terminated = await db.$queryRaw<{ ok: boolean }[]>`
        SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE query = ${`LISTEN ${PUBLIC_PAGES_CHANNEL}`} AND pid <> pg_backend_pid()`;
      expect(terminated).toEqual([{ ok: true }]);
      await arrived.promise;
      expect(received.at(-1)).toEqual([{ path: "/", type: "layout" }]);
      expect(listener.listening).toBe(true);
    } finally {
      await listener.stop();
    }
  });
});
