// Types of trusted-proxy.mjs (plain JavaScript so that scripts/serve.mjs runs without a build).
export type TrustSetting = { kind: "none" } | { kind: "hops"; hops: number } | { kind: "addresses"; addresses: ReadonlySet<string> };
export declare function parseTrustProxy(value: string | undefined): TrustSetting;
export declare function applyTrustedProxy(headers: Record<string, string | string[] | undefined>, socketAddress: string | undefined, trust: TrustSetting): string;
