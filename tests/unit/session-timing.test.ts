import { describe, expect, it } from "vitest";
import { sessionIdleSeconds, sessionMaxAgeSeconds, sessionStanding, sessionWarningSeconds } from "@/lib/auth/session-timing";

const now = Date.parse("2026-11-23T10:00:00Z");
const minutes = (n: number) => n * 60 * 1000;

describe("sessionStanding", () => {
  it("has the times the issue asks for: idle 30 min, absolute 12 h, warning 2 min before", () => {
    expect([sessionIdleSeconds, sessionMaxAgeSeconds, sessionWarningSeconds]).toEqual([30 * 60, 12 * 60 * 60, 120]);
  });

  it("is live until 30 minutes after the last request, and says how long remains", () => {
    expect(sessionStanding({ signedInAt: now - minutes(60), lastSeenAt: now - minutes(28) }, now)).toEqual({ live: true, idleRemainingSeconds: 120 });
    expect(sessionStanding({ signedInAt: now - minutes(60), lastSeenAt: now - minutes(30) }, now)).toEqual({ live: false });
  });

  it("ends 12 hours after sign-in however recent the last request, and counts down to that end", () => {
    const signedInAt = now - minutes(12 * 60) + minutes(5);
    expect(sessionStanding({ signedInAt, lastSeenAt: now }, now)).toEqual({ live: true, idleRemainingSeconds: 300 });
    expect(sessionStanding({ signedInAt: now - minutes(12 * 60), lastSeenAt: now }, now)).toEqual({ live: false });
  });

  it("refuses missing, malformed and future times", () => {
    expect(sessionStanding({}, now)).toEqual({ live: false });
    expect(sessionStanding({ signedInAt: String(now), lastSeenAt: now }, now)).toEqual({ live: false });
    expect(sessionStanding({ signedInAt: now - minutes(1), lastSeenAt: now + minutes(10) }, now)).toEqual({ live: false });
    expect(sessionStanding({ signedInAt: now + minutes(1), lastSeenAt: now + minutes(1) }, now)).toEqual({ live: false });
    expect(sessionStanding({ signedInAt: now - minutes(1), lastSeenAt: now - minutes(2) }, now)).toEqual({ live: false });
  });
});
