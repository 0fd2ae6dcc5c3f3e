import { describe, expect, it } from "vitest";
import { applyTrustedProxy, parseTrustProxy } from "@/lib/http/trusted-proxy.mjs";

describe("forwarding headers (TRUST_PROXY)", () => {
  it("the app alone ignores a client's X-Forwarded-For and X-Forwarded-Host and counts the socket address", () => {
    const headers: Record<string, string | string[] | undefined> = {
      "x-forwarded-for": "203.0.113.7",
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
      "x-real-ip": "198.51.100.1",
      host: "lansplan.example",
    };
    expect(applyTrustedProxy(headers, "::ffff:192.0.2.10", parseTrustProxy(undefined))).toBe("192.0.2.10");
    expect(headers).toEqual({ "x-forwarded-for": "192.0.2.10", host: "lansplan.example" });
  });

  it("behind one proxy the right-most entry is the client, whatever the client prepended", () => {
    const headers: Record<string, string | string[] | undefined> = { "x-forwarded-for": "10.9.9.9, 203.0.113.7", "x-forwarded-host": "lansplan.example" };
    expect(applyTrustedProxy(headers, "127.0.0.1", parseTrustProxy("1"))).toBe("203.0.113.7");
    expect(headers["x-forwarded-host"]).toBe("lansplan.example");
    expect(headers["x-forwarded-for"]).toBe("203.0.113.7");
  });

  it("two hops take the second entry from the right", () => {
    const headers = { "x-forwarded-for": "1.1.1.1, 203.0.113.7, 10.0.0.2" };
    expect(applyTrustedProxy(headers, "10.0.0.3", parseTrustProxy("2"))).toBe("203.0.113.7");
  });

  it("named proxy addresses are trusted only when the socket is one of them", () => {
    const trust = parseTrustProxy("10.0.0.2, 10.0.0.3");
    const fromProxy = { "x-forwarded-for": "203.0.113.7, 10.0.0.2", "x-forwarded-host": "lansplan.example" };
    expect(applyTrustedProxy(fromProxy, "10.0.0.3", trust)).toBe("203.0.113.7");
    const direct: Record<string, string | string[] | undefined> = { "x-forwarded-for": "10.0.0.2", "x-forwarded-host": "evil.example" };
    expect(applyTrustedProxy(direct, "198.51.100.5", trust)).toBe("198.51.100.5");
    expect(direct["x-forwarded-host"]).toBeUndefined();
  });

  it("a setting that is neither a number nor addresses stops the server with a Swedish sentence", () => {
    expect(() => parseTrustProxy("nginx")).toThrow(/TRUST_PROXY/);
    expect(parseTrustProxy("0")).toEqual({ kind: "none" });
  });
});
