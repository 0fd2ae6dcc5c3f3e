// Types of cluster-events.mjs (plain JavaScript so that scripts/serve.mjs runs without a build).
export type PagePath = { path: string; type?: "layout" | "page" };
export type PageChange = { origin: string; paths: PagePath[] };
export declare const PUBLIC_PAGES_CHANNEL: "lansplan_public_pages";
export declare const EVERYTHING: readonly [{ readonly path: "/"; readonly type: "layout" }];
export declare function instanceId(): string;
export declare function encodeChange(paths: PagePath[], origin?: string): string;
export declare function decodeChange(payload: string | undefined): PageChange | null;
export declare class PublicPageListener {
  constructor(url: string, onChange: (paths: PagePath[]) => void, options?: { origin?: string });
  readonly listening: boolean;
  start(): Promise<boolean>;
  stop(): Promise<void>;
}
