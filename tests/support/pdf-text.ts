// The text of a PDF written with the standard fonts (lib/publications/pdf.ts, pdfkit): every
// FlateDecode stream is inflated and the strings of its text operators (Tj, TJ) are decoded as
// Windows-1252, the standard fonts' encoding. Enough to assert what a reader would see or search,
// without a PDF library in the tests. Lines are joined with "\n", kerning gaps closed.
import { inflateSync } from "node:zlib";

// Windows-1252 by hand: Node's TextDecoder may treat it as Latin-1, where 0x80–0x9F are controls.
const cp1252High = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
const decoder = {
  decode(bytes: Uint8Array): string {
    let out = "";
    for (const byte of bytes) out += byte >= 0x80 && byte <= 0x9f ? cp1252High[byte - 0x80] : String.fromCharCode(byte);
    return out;
  },
};

function decodeHex(hex: string): string {
  const bytes = new Uint8Array(hex.length / 2);
  for (let index = 0; index < bytes.length; index++) bytes[index] = Number.parseInt(hex.slice(index * 2, index * 2 + 2), 16);
  return decoder.decode(bytes);
}

function decodeLiteral(literal: string): string {
  return decoder.decode(literalBytes(literal));
}

function literalBytes(literal: string): Uint8Array {
  // (…) strings: unescape \( \) \\ and octal escapes.
  const bytes: number[] = [];
  for (let index = 0; index < literal.length; index++) {
    const char = literal.charCodeAt(index);
    if (char !== 0x5c) {
      bytes.push(char);
      continue;
    }
    const next = literal[index + 1] ?? "";
    if (/[0-7]/.test(next)) {
      const octal = literal.slice(index + 1, index + 4).match(/^[0-7]{1,3}/)?.[0] ?? "0";
      bytes.push(Number.parseInt(octal, 8));
      index += octal.length;
    } else {
      const escapes: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };
      bytes.push(escapes[next] ?? next.charCodeAt(0));
      index += 1;
    }
  }
  return new Uint8Array(bytes);
}

function utf16be(bytes: Uint8Array): string {
  let out = "";
  for (let index = 2; index + 1 < bytes.length; index += 2) out += String.fromCharCode(((bytes[index] ?? 0) << 8) | (bytes[index + 1] ?? 0));
  return out;
}

function textOfContentStream(stream: string): string[] {
  const lines: string[] = [];
  const operator = /\[((?:<[0-9a-fA-F]*>|\((?:\\.|[^\\)])*\)|\s|-?[0-9.]+)*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj|\(((?:\\.|[^\\)])*)\)\s*Tj/g;
  for (const match of stream.matchAll(operator)) {
    if (match[1] !== undefined) {
      const parts = [...match[1].matchAll(/<([0-9a-fA-F]*)>|\(((?:\\.|[^\\)])*)\)/g)].map((part) =>
        part[1] !== undefined ? decodeHex(part[1]) : decodeLiteral(part[2] ?? ""),
      );
      lines.push(parts.join(""));
    } else if (match[2] !== undefined) lines.push(decodeHex(match[2]));
    else lines.push(decodeLiteral(match[3] ?? ""));
  }
  return lines;
}

export function extractPdfText(pdf: Uint8Array): string {
  const buffer = Buffer.from(pdf);
  const latin1 = buffer.toString("latin1");
  const lines: string[] = [];
  const start = /stream\r?\n/g;
  for (let match = start.exec(latin1); match !== null; match = start.exec(latin1)) {
    const from = match.index + match[0].length;
    const to = latin1.indexOf("endstream", from);
    if (to === -1) break;
    const raw = buffer.subarray(from, to);
    let content: string;
    try {
      content = inflateSync(raw).toString("latin1");
    } catch {
      content = raw.toString("latin1");
    }
    lines.push(...textOfContentStream(content));
  }
  return lines.join("\n");
}

function decodePdfString(token: string): string {
  const bytes = token.startsWith("<") ? new Uint8Array(Buffer.from(token.slice(1, -1), "hex")) : literalBytes(token.slice(1, -1));
  // A text string with a byte-order mark is UTF-16BE; otherwise PDFDocEncoding (≈ Windows-1252).
  return bytes[0] === 0xfe && bytes[1] === 0xff ? utf16be(bytes) : decoder.decode(bytes);
}

/** The document title and language, as a PDF reader shows them. */
export function extractPdfMetadata(pdf: Uint8Array): { title: string | null; lang: string | null } {
  const latin1 = Buffer.from(pdf).toString("latin1");
  const stringToken = String.raw`(<[0-9a-fA-F]*>|\((?:\\.|[^\\)])*\))`;
  const find = (key: string): string | null => {
    const direct = latin1.match(new RegExp(String.raw`/${key}\s*` + stringToken));
    if (direct?.[1] !== undefined) return decodePdfString(direct[1]);
    // pdfkit writes the information dictionary's values as indirect objects: "/Title 31 0 R".
    const reference = latin1.match(new RegExp(String.raw`/${key}\s+(\d+) 0 R`));
    if (reference?.[1] === undefined) return null;
    const object = latin1.match(new RegExp(String.raw`(?:^|\n)${reference[1]} 0 obj\s*` + stringToken));
    return object?.[1] === undefined ? null : decodePdfString(object[1]);
  };
  return { title: find("Title"), lang: find("Lang") };
}
