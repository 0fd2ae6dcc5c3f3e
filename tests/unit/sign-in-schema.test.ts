import { describe, expect, it } from "vitest";
import {
  defaultCallbackPath,
  signInEmailSchema,
  signInSearchParamsSchema,
  toCallbackPath,
  toSignInErrorCode,
} from "@/lib/auth/schema";

describe("the sign-in callback path (open-redirect guard)", () => {
  it.each(["/arbetsyta", "/arbetsyta?flik=1", "/", "/lan/sodermanland#program"])("keeps the local path %s", (path) => {
    expect(toCallbackPath(path)).toBe(path);
  });

  it.each([
    "//evil.example/arbetsyta",
    "/\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "javascript:alert(1)",
    "evil.example",
    "",
    "http://evil.example//evil2.example",
  ])("refuses %j and falls back to the workspace", (value) => {
    expect(toCallbackPath(value)).toBe(defaultCallbackPath);
  });

  it("reduces an absolute URL to its path, which stays on this site", () => {
    expect(toCallbackPath("http://localhost:3100/arbetsyta?x=1")).toBe("/arbetsyta?x=1");
    expect(toCallbackPath("https://evil.example/arbetsyta")).toBe("/arbetsyta");
  });

  it("ignores anything that is not one string", () => {
    expect(toCallbackPath(undefined)).toBe(defaultCallbackPath);
    expect(toCallbackPath(["/a", "/b"])).toBe(defaultCallbackPath);
  });
});

describe("the sign-in page query", () => {
  it("parses an empty query to the defaults", () => {
    expect(signInSearchParamsSchema.parse({})).toEqual({ callbackUrl: defaultCallbackPath, error: null });
  });

  it("maps known next-auth errors and turns unknown ones into Default", () => {
    expect(toSignInErrorCode("RateLimited")).toBe("RateLimited");
    expect(toSignInErrorCode("Verification")).toBe("Verification");
    expect(toSignInErrorCode("<script>")).toBe("Default");
    expect(toSignInErrorCode("")).toBeNull();
  });
});

describe("the sign-in address", () => {
  it("is trimmed and lower-cased", () => {
    expect(signInEmailSchema.parse("  Lena@Lansstyrelsen-Sodermanland.Example ")).toBe("lena@lansstyrelsen-sodermanland.example");
  });

  it.each(["", "   ", "not-an-address", "a@b", "a@@b.se"])("refuses %j", (value) => {
    expect(signInEmailSchema.safeParse(value).success).toBe(false);
  });
});
