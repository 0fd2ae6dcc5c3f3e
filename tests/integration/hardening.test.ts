// Malformed input, an unreachable database and demo sessions, through the server actions and the
// session loader as the app runs them (issue 16: findings 2, 3 and 5 of the outside probe).
import net from "node:net";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { createActionItemAction } from "@/lib/action-items/actions";
import { DatabaseProbe } from "@/lib/http/database-probe.mjs";
import { idleFormState } from "@/lib/actions/form-state";
import { createMember, createOrganisation } from "../factories/index.ts";
import { testDb as db, testDatabaseUrl } from "./db.ts";
import { createEditorWorld, newItemForm, toFormData } from "./editor-world.ts";
import { signInAs } from "./session.ts";

/**
 * A TCP relay between lib's database client and the test server, so that a test can take the
 * database away from the app (every connection cut, new ones refused) and give it back, as a
 * restart or a network failure would, without stopping the server the other tests share.
 */
class DatabaseRelay {
  readonly #sockets = new Set<net.Socket>();
  #server: net.Server | null = null;
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async open(): Promise<void> {
    const server = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.#sockets.add(socket);
        socket.on("close", () => this.#sockets.delete(socket));
        socket.on("error", () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => server.listen(this.port, "127.0.0.1", resolve));
    const address = server.address();
    if (typeof address === "object" && address !== null) this.port = address.port;
    this.#server = server;
  }

  /** The database goes away: open connections are cut and the port refuses new ones. */
  async cut(): Promise<void> {
    const server = this.#server;
    this.#server = null;
    for (const socket of this.#sockets) socket.destroy();
    if (server !== null) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

const target = new URL(testDatabaseUrl);
const relay = new DatabaseRelay({ host: target.hostname, port: Number(target.port) });

beforeAll(async () => {
  await relay.open();
  // lib builds its client on first use from DATABASE_URL: through the relay for this file.
  const url = new URL(testDatabaseUrl);
  url.port = String(relay.port);
  process.env.DATABASE_URL = url.toString();
});

afterAll(async () => {
  await relay.cut();
});

function codeOf(state: { status: string; code?: string }): string {
  return state.status === "error" ? (state.code ?? "?") : state.status;
}

describe("text the database cannot or should not store", () => {
  test.each([
    ["a NUL byte", "Tillsyn\u0000av krogar"],
    ["an ANSI escape sequence", "Tillsyn \u001b[31mav krogar"],
    ["a C1 control character", "Tillsyn\u0085av krogar"],
    ["a lone surrogate", "Tillsyn \ud800av krogar"],
  ])("a title with %s is refused beside the field, the typed text comes back and no row is written", async (_what, title) => {
    const world = await createEditorWorld();
    signInAs(world.people.coordinator);
    const before = await db.actionItem.count();
    const state = await createActionItemAction(idleFormState, toFormData(newItemForm(world, world.areas.first.id, { title })));
    expect(codeOf(state)).toBe("VALIDATION");
    expect(state.status === "error" ? state.fieldErrors["title"] : undefined).toEqual(["invalidCharacters"]);
    // As the browser sent it (a form carries a lone surrogate as U+FFFD).
    expect(state.status === "error" ? state.values["title"] : undefined).toBe(toFormData({ title }).get("title"));
    expect(await db.actionItem.count()).toBe(before);
  });

  test("tabs and line breaks in a description are kept", async () => {
    const world = await createEditorWorld();
    signInAs(world.people.coordinator);
    const description = "Första stycket.\n\n\tAndra stycket.";
    const state = await createActionItemAction(idleFormState, toFormData(newItemForm(world, world.areas.first.id, { description })));
    expect(codeOf(state)).toBe("success");
    expect(await db.actionItem.count({ where: { description } })).toBe(1);
  });

  test("a payload that is not a form is refused as VALIDATION, not an exception", async () => {
    const world = await createEditorWorld();
    signInAs(world.people.coordinator);
    const before = await db.actionItem.count();
    for (const payload of [{ title: "JSON" }, "text", null, 42]) {
      // As a client posting JSON (not a form) to the action's endpoint would call it.
      const state: { status: string; code?: string } = await Reflect.apply(createActionItemAction, undefined, [idleFormState, payload]);
      expect(codeOf(state)).toBe("VALIDATION");
    }
    expect(await db.actionItem.count()).toBe(before);
  });
});

describe("while the database is unreachable", () => {
  test("a save says so in Swedish terms (UNAVAILABLE), keeps the typed text, and the same save works once the database is back", async () => {
    const world = await createEditorWorld();
    signInAs(world.people.coordinator);
    const form = newItemForm(world, world.areas.first.id, { title: "Sparas efter avbrottet" });
    // A first save opens lib's connections through the relay.
    expect(codeOf(await createActionItemAction(idleFormState, toFormData(newItemForm(world, world.areas.first.id, { title: "Före avbrottet" }))))).toBe("success");

    await relay.cut();
    const during = await createActionItemAction(idleFormState, toFormData(form));
    expect(codeOf(during)).toBe("UNAVAILABLE");
    expect(during.status === "error" ? during.values["title"] : undefined).toBe("Sparas efter avbrottet");
    expect(await db.actionItem.count({ where: { title: "Sparas efter avbrottet" } })).toBe(0);

    await relay.open();
    const after = await createActionItemAction(idleFormState, toFormData(form));
    expect(codeOf(after)).toBe("success");
    expect(await db.actionItem.count({ where: { title: "Sparas efter avbrottet" } })).toBe(1);
  });
});

describe("the server's database probe (scripts/serve.mjs answers pages with 503 while it is down)", () => {
  test("reports the database down while it is away and up again when it is back", async () => {
    const probe = new DatabaseProbe(process.env.DATABASE_URL ?? "", 60_000);
    expect(await probe.check()).toBe(true);
    await relay.cut();
    expect(await probe.check()).toBe(false);
    expect(probe.up).toBe(false);
    await relay.open();
    expect(await probe.check()).toBe(true);
  });

  test("a check that only runs out of time (a busy server's late timers, or a silent network) says down the second time in a row, not the first", async () => {
    // A port that accepts connections and never answers: the probe's own time limit is all it meets.
    const silent = net.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const address = silent.address();
    const url = new URL(testDatabaseUrl);
    url.port = String(typeof address === "object" && address !== null ? address.port : 0);
    try {
      const probe = new DatabaseProbe(url.toString(), 60_000, 200);
      expect(await probe.check()).toBe(true);
      expect(await probe.check()).toBe(false);
      expect(probe.up).toBe(false);
    } finally {
      silent.close();
    }
  });
});

describe("demo sessions", () => {
  test("a seeded demo user's session is accepted only while demo mode is on", async () => {
    const board = await createOrganisation(db, { kind: "COUNTY_BOARD", name: "Länsstyrelsen i Demolän" });
    const { user } = await createMember(db, { role: "COORDINATOR", organisationId: board.id, user: { isDemo: true } });
    const previous = process.env.LANSPLAN_DEMO;
    // lib reads its environment once per process: each "restart" gets fresh modules.
    const restartWithDemo = async (demo: "1" | "0") => {
      process.env.LANSPLAN_DEMO = demo;
      vi.resetModules();
      return (await import("@/lib/auth/session")).getCurrentActor;
    };
    try {
      signInAs(user);
      expect((await (await restartWithDemo("1"))())?.userId).toBe(user.id);
      expect(await (await restartWithDemo("0"))()).toBeNull();
    } finally {
      process.env.LANSPLAN_DEMO = previous;
      vi.resetModules();
    }
  });
});
