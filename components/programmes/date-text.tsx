/** A calendar date as ISO (ÅÅÅÅ-MM-DD), the Swedish standard; `<time>` carries it for machines too. */
export function DateText({ date }: { date: Date }) {
  const iso = date.toISOString().slice(0, 10);
  return <time dateTime={iso}>{iso}</time>;
}

/** A validity period: "2018-01-01–2021-12-31". */
export function PeriodText({ from, to }: { from: Date; to: Date }) {
  return (
    <>
      <DateText date={from} />–<DateText date={to} />
    </>
  );
}
