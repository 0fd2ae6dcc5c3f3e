/**
 * How long a session lives, as pure functions of the JWT's two times and `now` (no I/O, no clock):
 * shared by the session loader (the security boundary), the proxy (which slides the idle window on
 * each request) and next-auth's callbacks.
 *
 * - absolute: 12 h after sign-in, however active;
 * - idle: 30 min after the last request the server saw (or an explicit "stay signed in");
 * - the browser warns 2 min before the idle end (WCAG 2.2.1: the user can extend with one key).
 */
export const sessionMaxAgeSeconds = 12 * 60 * 60;
export const sessionIdleSeconds = 30 * 60;
export const sessionWarningSeconds = 2 * 60;

/** The times a session token carries (ms since epoch); missing or malformed means no session. */
export type SessionTimes = { signedInAt?: unknown; lastSeenAt?: unknown };

export type SessionStanding = { live: false } | { live: true; idleRemainingSeconds: number };

/**
 * Whether a session with these times is still live at `now`, and how many seconds remain before
 * it ends (the idle end, or the absolute end when that comes first).
 */
export function sessionStanding(times: SessionTimes, now: number): SessionStanding {
  const { signedInAt, lastSeenAt } = times;
  if (typeof signedInAt !== "number" || typeof lastSeenAt !== "number") return { live: false };
  // A time in the future is a forged or broken token, not a long session.
  if (signedInAt > now || lastSeenAt > now || lastSeenAt < signedInAt) return { live: false };
  const absoluteEnd = signedInAt + sessionMaxAgeSeconds * 1000;
  const idleEnd = lastSeenAt + sessionIdleSeconds * 1000;
  const end = Math.min(absoluteEnd, idleEnd);
  if (now >= end) return { live: false };
  return { live: true, idleRemainingSeconds: Math.floor((end - now) / 1000) };
}
