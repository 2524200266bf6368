// How the app writes a moment for people, in GOV.UK's style: "1 Dec 2026, 5:30pm" (the day first,
// the month in words, so it reads the same everywhere), in the person's own time zone. Written out
// here rather than with `Intl.DateTimeFormat`: the first formatter a page makes loads the browser's
// locale data, 40 to 110 ms on a phone-class core, which a results or history page would spend
// during its start.

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const month = (date: Date): string => MONTHS[date.getMonth()] ?? '';
/** GOV.UK's short months, for tables: "Jan" to "Dec", with "Sept". */
const shortMonth = (date: Date): string => {
  const name = month(date);
  return name === 'September' ? 'Sept' : name.slice(0, 3);
};

/** "5:30pm", "10am", "midday", "midnight". */
function time(date: Date): string {
  const hours = date.getHours();
  const minutes = date.getMinutes();
  if (minutes === 0 && hours === 0) return 'midnight';
  if (minutes === 0 && hours === 12) return 'midday';
  const clock = hours % 12 === 0 ? 12 : hours % 12;
  const suffix = hours < 12 ? 'am' : 'pm';
  return minutes === 0 ? `${clock}${suffix}` : `${clock}:${String(minutes).padStart(2, '0')}${suffix}`;
}

/** A day in full: "1 December 2026". */
export const formatDay = (iso: string): string => {
  const date = new Date(iso);
  return `${date.getDate()} ${month(date)} ${date.getFullYear()}`;
};

/** A moment, short enough for a table: "1 Dec 2026, 5:30pm". */
export const formatWhen = (iso: string): string => {
  const date = new Date(iso);
  return `${date.getDate()} ${shortMonth(date)} ${date.getFullYear()}, ${time(date)}`;
};
