/**
 * A small RFC 5545 writer for the portal's calendar: all-day events only, which is all the
 * plans give (years and dates, never times). Written here rather than taken from a library so
 * that the three rules readers' calendars trip over are explicit and tested: lines end in CRLF,
 * content lines are folded at 75 octets of UTF-8 without splitting a character (a CJK character
 * is 3 octets), and TEXT values escape `\`, `;`, `,` and newlines (RFC 5545 §3.1, §3.3.11).
 */

export interface AllDayEvent {
  /** Globally unique and stable across builds (the same event keeps its UID). */
  uid: string;
  /** The day, ISO `YYYY-MM-DD`. */
  date: string;
  summary: string;
  description: string;
  /** Absolute URL (RFC 5545 URL is a URI). */
  url: string;
  categories?: readonly string[];
}

export interface Calendar {
  /** `-//owner//product//ZH`. */
  productId: string;
  name: string;
  /** DTSTAMP of every event: the build's “today”, so the file is reproducible. */
  stamp: Date;
  events: readonly AllDayEvent[];
}

/** TEXT escaping: backslash first, then `;`, `,`, and every line break as `\n`. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/gu, '\\\\')
    .replace(/;/gu, '\\;')
    .replace(/,/gu, '\\,')
    .replace(/\r\n|\r|\n/gu, '\\n');
}

const encoder = new TextEncoder();
const octets = (text: string): number => encoder.encode(text).length;

/**
 * Folds one content line: at most 75 octets per physical line (the first), continuation lines
 * start with one space that counts toward their 75. Splits only between code points.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const width = octets(char);
    const limit = parts.length === 0 ? 75 : 74;
    if (size + width > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += width;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** `20261202` for an ISO date; throws on anything else so a bad date cannot reach a calendar. */
function dateValue(iso: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(iso)) throw new Error(`calendar: not an ISO date: "${iso}"`);
  return iso.replaceAll('-', '');
}

/** The day after, for DTEND (exclusive end of an all-day event). */
function nextDay(iso: string): string {
  const day = new Date(`${iso}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

const stampValue = (date: Date): string => `${date.toISOString().slice(0, 10).replaceAll('-', '')}T000000Z`;

function eventLines(event: AllDayEvent, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${dateValue(event.date)}`,
    `DTEND;VALUE=DATE:${dateValue(nextDay(event.date))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    `URL;VALUE=URI:${new URL(event.url).href}`,
    ...(event.categories && event.categories.length > 0 ? [`CATEGORIES:${event.categories.map(escapeText).join(',')}`] : []),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** The whole `.ics` text: every line folded, CRLF after each (the last too). */
export function serializeCalendar(calendar: Calendar): string {
  const stamp = stampValue(calendar.stamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${calendar.productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...calendar.events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map((line) => `${foldLine(line)}\r\n`).join('');
}
