import { useFormatter } from "next-intl";

/** A calendar period, e.g. "1 jan. 2018 – 31 dec. 2021". Dates are calendar dates (UTC midnight). */
export function DateRange({ from, to }: { from: Date; to: Date }) {
  const format = useFormatter();
  const day = (date: Date) => format.dateTime(date, { dateStyle: "long", timeZone: "UTC" });
  return (
    <>
      <time dateTime={from.toISOString().slice(0, 10)}>{day(from)}</time>
      {" – "}
      <time dateTime={to.toISOString().slice(0, 10)}>{day(to)}</time>
    </>
  );
}
