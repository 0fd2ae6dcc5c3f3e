"use client";

import { getCsrfToken, signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { sessionIdleSeconds as idleSeconds, sessionWarningSeconds as warningSeconds } from "@/lib/auth/session-timing";

type Phase = "hidden" | "warning" | "expired";

/** How often client-side navigations are reported to the server as activity. */
const reportIntervalMs = 5 * 60 * 1000;

/** Seconds left of the session as the server counts them (next-auth's session endpoint), or 0. */
function remainingOf(body: unknown): number {
  if (typeof body !== "object" || body === null) return 0;
  const value: unknown = Reflect.get(body, "idleRemainingSeconds");
  return typeof value === "number" && Number.isFinite(value) ? Math.max(0, value) : 0;
}

async function readRemaining(): Promise<number> {
  const response = await fetch("/api/auth/session", { cache: "no-store" });
  return response.ok ? remainingOf(await response.json()) : 0;
}

/** "Stay signed in": next-auth's session update, which moves the idle window's start to now. */
async function extendSession(): Promise<number> {
  const csrfToken = await getCsrfToken();
  const response = await fetch("/api/auth/session", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ csrfToken, data: { extend: true } }),
  });
  return response.ok ? remainingOf(await response.json()) : 0;
}

/**
 * WCAG 2.2.1 (timing adjustable): warns `warningSeconds` before the session's idle end and lets
 * the user extend it with one key (the focused button: Enter or Space; Escape too). The server
 * decides (lib/auth/session-timing.ts); the browser only schedules when to ask it, counting in
 * seconds-remaining so that a wrong clock in the browser does not matter. Every navigation and
 * form post is activity the server saw, so the schedule starts again from there.
 */
export function SessionTimeoutWarning() {
  const t = useTranslations("sessionTimeout");
  const pathname = usePathname();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const extendRef = useRef<HTMLButtonElement>(null);
  const signInRef = useRef<HTMLAnchorElement>(null);
  const restoreFocusRef = useRef<HTMLElement | null>(null);
  const deadlineRef = useRef(0);
  const timerRef = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [phase, setPhase] = useState<Phase>("hidden");
  const [secondsLeft, setSecondsLeft] = useState(warningSeconds);
  const [isExtending, setIsExtending] = useState(false);

  const schedule = useCallback(
    (remainingSeconds: number) => {
      clearTimeout(timerRef.current);
      deadlineRef.current = Date.now() + remainingSeconds * 1000;
      const check = async () => {
        const remaining = await readRemaining().catch(() => 0);
        if (remaining <= 0) {
          setPhase("expired");
          return;
        }
        deadlineRef.current = Date.now() + remaining * 1000;
        if (remaining > warningSeconds) {
          timerRef.current = setTimeout(() => void check(), (remaining - warningSeconds) * 1000);
          return;
        }
        setSecondsLeft(remaining);
        setPhase((current) => {
          if (current === "hidden" && document.activeElement instanceof HTMLElement) restoreFocusRef.current = document.activeElement;
          return "warning";
        });
      };
      timerRef.current = setTimeout(() => void check(), Math.max(0, (remainingSeconds - warningSeconds) * 1000));
      // Says that the schedule runs (the page has hydrated): tests wait for it before moving the clock.
      dialogRef.current?.setAttribute("data-scheduled", "true");
    },
    [],
  );

  // A navigation is activity. A full page load already told the server (proxy.ts); a client-side
  // one tells it here, at most every few minutes.
  const reportedAtRef = useRef<number | null>(null);
  useEffect(() => {
    const now = Date.now();
    if (reportedAtRef.current === null) reportedAtRef.current = now;
    else if (now - reportedAtRef.current > reportIntervalMs) {
      reportedAtRef.current = now;
      void extendSession().catch(() => 0);
    }
    schedule(idleSeconds);
    return () => clearTimeout(timerRef.current);
  }, [pathname, schedule]);

  // So is a form post (server actions), unless the warning is already up.
  useEffect(() => {
    const onSubmit = () => {
      if (phase === "hidden") schedule(idleSeconds);
    };
    document.addEventListener("submit", onSubmit, true);
    return () => document.removeEventListener("submit", onSubmit, true);
  }, [phase, schedule]);

  // The countdown while the warning shows; at zero the server is asked once more.
  useEffect(() => {
    if (phase !== "warning") return;
    const interval = setInterval(() => {
      const left = Math.max(0, Math.ceil((deadlineRef.current - Date.now()) / 1000));
      setSecondsLeft(left);
      if (left === 0) {
        clearInterval(interval);
        void readRemaining()
          .catch(() => 0)
          .then((remaining) => (remaining > 0 ? schedule(remaining) : setPhase("expired")));
      }
    }, 1000);
    return () => clearInterval(interval);
  }, [phase, schedule]);

  // The modal dialog: shown in the top layer, focus on its one action.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog === null) return;
    if (phase === "hidden") {
      if (dialog.open) dialog.close();
      return;
    }
    if (!dialog.open) dialog.showModal();
    (phase === "warning" ? extendRef.current : signInRef.current)?.focus();
  }, [phase]);

  async function extend() {
    if (isExtending) return;
    setIsExtending(true);
    const remaining = await extendSession().catch(() => 0);
    setIsExtending(false);
    if (remaining <= 0) {
      setPhase("expired");
      return;
    }
    setPhase("hidden");
    schedule(remaining);
    restoreFocusRef.current?.focus();
  }

  const signInHref = `/logga-in?${new URLSearchParams({ callbackUrl: pathname }).toString()}`;
  return (
    <dialog
      ref={dialogRef}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="session-timeout-title"
      aria-describedby="session-timeout-text"
      data-testid="session-timeout"
      onCancel={(event) => {
        // Escape keeps the session rather than leaving a dialog that signs the user out.
        event.preventDefault();
        if (phase === "warning") void extend();
      }}
      className="m-auto max-w-lg rounded border-2 border-slate-700 p-6 backdrop:bg-black/50"
    >
      {phase === "expired" ? (
        <div className="space-y-4">
          <h2 id="session-timeout-title" className="text-2xl">{t("expiredTitle")}</h2>
          <p id="session-timeout-text">{t("expiredText")}</p>
          <a ref={signInRef} href={signInHref} className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-900">
            {t("signInAgain")}
          </a>
        </div>
      ) : (
        <div className="space-y-4">
          <h2 id="session-timeout-title" className="text-2xl">{t("warningTitle")}</h2>
          <div id="session-timeout-text" className="space-y-2">
            <p>{t("warningText", { seconds: secondsLeft })}</p>
            <p>{t("warningHint")}</p>
          </div>
          <div className="flex flex-wrap gap-3">
            <button
              ref={extendRef}
              type="button"
              onClick={() => void extend()}
              aria-disabled={isExtending}
              className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900 aria-disabled:opacity-75"
            >
              {isExtending ? t("extending") : t("extend")}
            </button>
            <button type="button" onClick={() => void signOut({ callbackUrl: "/" })} className="px-2 py-2 underline">
              {t("signOut")}
            </button>
          </div>
        </div>
      )}
    </dialog>
  );
}
