import { useFormatter } from "next-intl";

export function CalendarDate({ date }: { date: Date | null }) {
  const format = useFormatter();
  if (date === null) return <>–</>;
  return <time dateTime={date.toISOString().slice(0, 10)}>{format.dateTime(date, { dateStyle: "long", timeZone: "UTC" })}</time>;
}
