// Types of database-probe.mjs (plain JavaScript so that scripts/serve.mjs runs without a build).
export declare class DatabaseProbe {
  constructor(url: string, intervalMs?: number, timeoutMs?: number);
  up: boolean;
  start(): Promise<boolean>;
  stop(): void;
  check(): Promise<boolean>;
}
export declare const unavailablePage: string;
