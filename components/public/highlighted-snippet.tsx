import { highlightEnd, highlightStart } from "@/lib/search/types";

/** The database marks matched words between ⟦ and ⟧; they become <mark>, everything else text. */
export function HighlightedSnippet({ snippet }: { snippet: string }) {
  const parts: { text: string; marked: boolean }[] = [];
  let rest = snippet;
  while (rest.length > 0) {
    const start = rest.indexOf(highlightStart);
    const end = start === -1 ? -1 : rest.indexOf(highlightEnd, start + highlightStart.length);
    if (start === -1 || end === -1) {
      parts.push({ text: rest.replaceAll(highlightStart, "").replaceAll(highlightEnd, ""), marked: false });
      break;
    }
    if (start > 0) parts.push({ text: rest.slice(0, start), marked: false });
    parts.push({ text: rest.slice(start + highlightStart.length, end), marked: true });
    rest = rest.slice(end + highlightEnd.length);
  }
  return <>{parts.map((part, index) => (part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}</>;
}
