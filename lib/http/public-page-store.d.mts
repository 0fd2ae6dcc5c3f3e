// Types of public-page-store.mjs (plain JavaScript so that scripts/serve.mjs runs without a build).
export declare const publicPagePath: RegExp;

export type RequestLike = { method?: string; url?: string; headers: Record<string, string | string[] | undefined> };
export type KeptResponse = { status: number; headers: [string, string][]; body: Buffer | null };

export declare function isStorableRequest(request: RequestLike): boolean;

export declare class PublicPageStore {
  constructor(options?: { maxBytes?: number; now?: () => number });
  readonly size: number;
  readonly generation: number;
  purge(): void;
  lookup(request: RequestLike): KeptResponse | null;
  keep(request: RequestLike, response: { status: number; headers: Record<string, number | string | string[] | undefined>; body: Buffer }, generation: number): boolean;
}
