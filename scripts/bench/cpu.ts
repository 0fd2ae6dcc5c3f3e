/**
 * CPU time of the processes a benchmark runs, read from /proc (Linux): what one request costs the
 * app, PostgreSQL and the load generator, apart from how long it waited for a core. Figures, not
 * assertions: on another system the readings are absent (null) and the benchmark says so.
 */
import { readdirSync, readFileSync } from "node:fs";

/** Clock ticks per second of /proc's times (USER_HZ): 100 on Linux. */
const TICKS_PER_SECOND = 100;

type Stat = { pid: number; ppid: number; ownMs: number; reapedChildrenMs: number };

function readStat(pid: number): Stat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // After "pid (comm) ": state ppid … utime(14) stime(15) cutime(16) cstime(17), 1-based as in proc(5).
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    const at = (field: number) => Number(fields[field - 3] ?? "0");
    const toMs = (ticks: number) => (ticks * 1000) / TICKS_PER_SECOND;
    return { pid, ppid: at(4), ownMs: toMs(at(14) + at(15)), reapedChildrenMs: toMs(at(16) + at(17)) };
  } catch {
    return null;
  }
}

function allPids(): number[] {
  try {
    return readdirSync("/proc").filter((name) => /^\d+$/.test(name)).map(Number);
  } catch {
    return [];
  }
}

/** CPU milliseconds the processes `pids` have used (all their threads), or null without /proc. */
export function processesCpuMs(pids: readonly number[]): number | null {
  const stats = pids.map(readStat);
  if (stats.some((stat) => stat === null)) return null;
  return stats.reduce((sum, stat) => sum + (stat?.ownMs ?? 0), 0);
}

/**
 * CPU milliseconds of the PostgreSQL server listening on `port`: the postmaster, its live
 * processes (one per connection, and its workers), and those that have already exited.
 */
export function postgresCpuMs(port: number): number | null {
  const pids = allPids();
  const postmaster = pids.find((pid) => {
    try {
      const args = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
      return /(^|\/)postgres$/.test(args[0] ?? "") && args.includes("-p") && args[args.indexOf("-p") + 1] === String(port);
    } catch {
      return false;
    }
  });
  if (postmaster === undefined) return null;
  const root = readStat(postmaster);
  if (root === null) return null;
  const live = pids.map(readStat).filter((stat): stat is Stat => stat !== null && stat.ppid === postmaster);
  return root.ownMs + root.reapedChildrenMs + live.reduce((sum, stat) => sum + stat.ownMs, 0);
}

/** This process's CPU milliseconds (the load generator's share when it is the benchmark itself). */
export function ownCpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}
