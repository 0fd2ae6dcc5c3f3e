import { useFormatter } from "next-intl";

/** When a comment was written: "6 december 2026 09:14" (Swedish time), machine-readable in `<time>`. */
export function CommentTime({ date }: { date: Date }) {
  const format = useFormatter();
  return (
    <time dateTime={date.toISOString()}>
      {format.dateTime(date, { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "Europe/Stockholm" })}
    </time>
  );
}
