const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A partial date as a person reads it, with exactly the precision stored: "2023" stays
 * "2023", "2023-12" is "Dec 2023", "2024-05-08" is "8 May 2024". No day or month is invented.
 */
export function formatPartialDate(date: string | null | undefined): string {
  if (!date) return '';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (!m) return date;
  const [, year, month, day] = m;
  if (!month) return year!;
  const name = MONTHS[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/**
 * Rewrites the partial dates inside a sentence from the server ("Implemented X (2019-05)") the
 * way the page shows every date ("May 2019"), so one page never mixes two formats.
 */
export function formatDatesIn(text: string): string {
  return text.replace(/\b\d{4}-\d{2}(?:-\d{2})?\b/g, (d) => formatPartialDate(d));
}
