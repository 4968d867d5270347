const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Reads a publication date as written and returns `YYYY-MM-DD` or `YYYY-MM`, or null when it is not a date.
 * The calendar day stays the one the publisher wrote: a time zone never moves it to another day.
 */
export function normaliseDate(raw: string | null | undefined): string | null {
  const value = raw?.trim() ?? '';
  if (value === '') return null;
  // An ISO-shaped value is judged as ISO only: Date.parse would roll 2023-02-29 over to March.
  if (/^\d{4}-\d{2}/.test(value)) return isoDate(value);
  return rfc822Date(value) ?? parsedDate(value);
}

function isoDate(value: string): string | null {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?=$|[T\s])/.exec(value);
  if (!match) return null;
  const [, year, month, day] = match;
  return validDate(Number(year), Number(month), day === undefined ? null : Number(day));
}

// "Tue, 05 Mar 2024 10:00:00 +0100" (RSS) and "5 March 2024".
function rfc822Date(value: string): string | null {
  const match = /(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?,?\s+(\d{4})/.exec(value);
  if (!match) return null;
  const month = MONTHS.indexOf((match[2] ?? '').toLowerCase()) + 1;
  if (month === 0) return null;
  return validDate(Number(match[3]), month, Number(match[1]));
}

function parsedDate(value: string): string | null {
  const time = Date.parse(value);
  if (Number.isNaN(time)) return null;
  return new Date(time).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` (or `YYYY-MM` when day is null) for a real calendar date, else null. */
export function validDate(year: number, month: number, day: number | null): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12) return null;
  const yearMonth = `${year}-${String(month).padStart(2, '0')}`;
  if (day === null) return yearMonth;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > lastDay) return null;
  return `${yearMonth}-${String(day).padStart(2, '0')}`;
}
