/**
 * /calendar.ics (src/calendar/): the writer's folding and escaping, and the real site's calendar
 * parsed with a real iCalendar parser (ical.js) and compared event by event with the model's
 * targets and plan periods. The route itself exists only with SITE_URL (src/pages/[calendar].ics.ts).
 */
import ICAL from 'ical.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { siteCalendar } from '../../src/calendar/events.ts';
import { escapeText, foldLine, serializeCalendar } from '../../src/calendar/ics.ts';
import { buildSite } from '../../src/model/index.ts';
import { targetsOf } from '../../src/targets/index.ts';

const octets = (s: string) => new TextEncoder().encode(s).length;
const unfold = (text: string) => text.replace(/\r\n[ \t]/gu, '');

describe('the writer', () => {
  it('folds at 75 octets of UTF-8 without splitting a character, and unfolds to the line', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '；', '合', '𠀀', 'é', ' ', ','), maxLength: 400 }), (value) => {
        const line = `DESCRIPTION:${value}`;
        const folded = foldLine(line);
        for (const physical of folded.split('\r\n')) expect(octets(physical)).toBeLessThanOrEqual(75);
        expect(unfold(folded)).toBe(line);
      }),
    );
  });

  it('escapes backslash, semicolon, comma and newlines, and ical.js reads them back', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
    const text = serializeCalendar({
      productId: '-//t//t//ZH',
      name: '测试',
      stamp: new Date('2026-12-02T00:00:00Z'),
      events: [
        { uid: 'u1@example.org', date: '2025-12-31', summary: '目标；期限，2025', description: '第一行\n“引文”\\;', url: 'https://example.org/plans/p/#s1' },
      ],
    });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/gu, '')).not.toMatch(/[\r\n]/u);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe('目标；期限，2025');
    expect(event.description).toBe('第一行\n“引文”\\;');
  });
});

describe('the site calendar', () => {
  const site = buildSite({ today: new Date('2026-12-02T00:00:00Z'), checkContent: false });
  const origin = new URL('https://example.org/');
  const text = serializeCalendar(siteCalendar(site, origin));
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((c) => ({ c, e: new ICAL.Event(c) }));

  it('every line is CRLF-terminated and at most 75 octets', () => {
    const lines = text.split('\r\n');
    expect(lines.pop()).toBe('');
    for (const line of lines) expect(octets(line), line).toBeLessThanOrEqual(75);
  });

  it('holds one all-day event per dated target, on 12-31 of its year, quoting its sentence and linking its clause', () => {
    const targets = targetsOf(site).filter((t) => t.year !== null);
    const forTargets = events.filter(({ e }) => e.uid.startsWith('target-'));
    expect(targets.length).toBeGreaterThan(20);
    expect(forTargets).toHaveLength(targets.length);
    const perClause = new Map<string, number>();
    for (const t of targetsOf(site)) {
      const n = (perClause.get(`${t.plan}#${t.clause}`) ?? 0) + 1;
      perClause.set(`${t.plan}#${t.clause}`, n);
      if (t.year === null) continue;
      const found = forTargets.find(({ e }) => e.uid === `target-${t.plan}-${t.clause}-${n}@example.org`);
      expect(found, `${t.plan}#${t.clause} ${t.metric}`).toBeDefined();
      const { c, e } = found!;
      expect(c.getFirstPropertyValue('url')).toBe(new URL(t.url, origin).href);
      expect(e.description).toContain(t.text.replace(/“/gu, '‘').replace(/”/gu, '’'));
      expect(e.startDate.isDate).toBe(true);
      expect(e.startDate.toString()).toBe(`${t.year}-12-31`);
      expect(e.summary).toContain(t.metric);
      expect(e.description).toContain('文本只写明年份');
    }
  });

  it('holds one event per plan period or 有效期 end, and UIDs are unique and stable', () => {
    const withEnd = site.plans.filter((p) => p.frontmatter.validity?.to ?? p.frontmatter.period);
    const ends = events.filter(({ e }) => e.uid.startsWith('period-end-'));
    expect(ends.map(({ e }) => e.uid).sort()).toEqual(withEnd.map((p) => `period-end-${p.slug}@example.org`).sort());
    for (const plan of withEnd) {
      const { e, c } = ends.find(({ e }) => e.uid === `period-end-${plan.slug}@example.org`)!;
      const end = plan.frontmatter.validity?.to ?? `${plan.frontmatter.period!.end}-12-31`;
      expect(e.startDate.toString()).toBe(end);
      expect(e.summary).toContain(plan.shortTitle);
      expect(String(c.getFirstPropertyValue('url'))).toMatch(/^https:\/\/example\.org\/plans\//u);
    }
    const uids = events.map(({ e }) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    expect(serializeCalendar(siteCalendar(buildSite({ today: site.today, checkContent: false }), origin))).toBe(text);
  });

  it('stamps every event with the build date, not the clock', () => {
    for (const { c } of events) expect(String(c.getFirstPropertyValue('dtstamp'))).toBe('2026-12-02T00:00:00Z');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  });
});
