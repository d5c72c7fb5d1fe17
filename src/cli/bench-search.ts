/**
 * `npm run bench:search`: drives the built site's search page in headless Chromium with the
 * benchmark queries and prints recall, top-k precision, deep-link accuracy, per-plan recall on
 * the first screen (before the reader asks for more), time to first results and the bytes
 * transferred for the first query. Truth comes from the seeds.
 * Needs a built site (`npm run build`).
 */
import { join } from 'node:path';
import { launchBrowser } from '../tooling/browser.ts';
import { serveStatic } from '../tooling/static-server.ts';
import { loadSite } from '../model/index.ts';
import { allBenchQueries, benchQueries } from '../search/bench-queries.ts';
import { canonical, type T2S } from '../search/normalize.ts';
import { recordsFor } from '../search/records.ts';
import { siteT2STable } from '../search/t2s-table.ts';
import { DROPPED_LINE_KINDS } from '../model/document.ts';
import { benchSynthetic } from './bench-search-synthetic.ts';

const root = process.cwd();
const model = loadSite(root).plans;

/** A seed as a reader would search it: dropped lines out, documented corrections in, canonical. */
function searchableSeed(t2s: T2S, plan: (typeof model)[number]): string {
  const fm = plan.frontmatter;
  const dropped = new Set(fm.corrections.filter((c) => DROPPED_LINE_KINDS.has(c.kind)).map((c) => c.line));
  const lines = new TextDecoder('utf-8').decode(plan.bytes).split(/\r\n|\n|\r/);
  return canonical(lines.filter((_, i) => !dropped.has(i + 1)).join(''), t2s)
    .replace(/\*\*/gu, '')
    .replace(/(?<=\p{Script=Han})and(?=\p{Script=Han})/gu, '和');
}

const t2s = siteT2STable(root);
const seeds = new Map(model.map((p) => [p.frontmatter.slug, searchableSeed(t2s, p)]));
const records = model.flatMap((p) => recordsFor(p));
const contentByUrl = new Map(records.map((r) => [r.url, r.content]));
/** Synthetic plans added for the scale check (0 skips it). */
const SYNTHETIC_PLANS = Number(process.env.BENCH_SYNTHETIC_PLANS ?? 3000);
/** BENCH_DIST_DIR: another build to measure (e.g. the one before a change). */
const distDir = process.env.BENCH_DIST_DIR ?? join(root, 'dist');
const slugOf = (href: string) => /^\/plans\/([^/]+)\//u.exec(href)?.[1];

interface Row {
  query: string;
  truth: string[];
  /** Occurrences of the phrase in each plan that contains it (from the seeds). */
  perPlan: number[];
  listed: string[];
  /** Plans containing the phrase that the first screen links to a clause holding it. */
  firstScreen: string[];
  recall: boolean;
  topK: boolean;
  deepLinks: [ok: number, of: number];
  ms: number;
}

async function main(): Promise<void> {
  const site = await serveStatic(join(distDir, '/'));
  const browser = await launchBrowser();
  const rows: Row[] = [];
  let firstQueryBytes = 0;
  const firstQueryFiles: string[] = [];
  const coldStarts: number[] = [];
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    await page.goto(`${site.url}/search/`);
    await page.waitForLoadState('networkidle');
    for (const [i, query] of allBenchQueries.entries()) {
      const before = new Map(site.served);
      const count = await page.evaluate(() => Number(document.getElementById('search-results')?.dataset.searches ?? 0));
      await page.fill('#search-q', query);
      await page
        .waitForFunction((n) => Number(document.getElementById('search-results')?.dataset.searches ?? 0) > n, count, { timeout: 15_000 })
        .catch((error: Error) => {
          throw new Error(`no results shown for “${query}”: ${error.message}`);
        });
      const ms = await page.evaluate(() => Number(document.getElementById('search-results')!.dataset.searchMs));
      if (i === 0) {
        for (const [path, bytes] of site.served) {
          const extra = bytes - (before.get(path) ?? 0);
          if (extra > 0) {
            firstQueryBytes += extra;
            firstQueryFiles.push(`${path} ${extra}`);
          }
        }
      }
      // The first screen: what the reader sees before asking for more.
      const firstHrefs = await page.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>('.hit-link')].map((a) => a.getAttribute('href') ?? ''));
      // The whole list: page through “显示更多” (bounded) before reading the links.
      for (let more = 0; more < 20 && (await page.isVisible('#search-more')); more++) {
        const shown = await page.locator('.hit-link').count();
        await page.click('#search-more');
        await page.waitForFunction((n) => document.querySelectorAll('.hit-link').length > n, shown, { timeout: 15_000 });
      }
      const hrefs = await page.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>('.hit-link')].map((a) => a.getAttribute('href') ?? ''));
      const phrase = canonical(query.replace(/^["“「](.*)["”」]$/u, '$1'), t2s);
      const truth = [...seeds]
        .filter(([, text]) => text.includes(phrase))
        .map(([slug]) => slug)
        .sort();
      const holds = (href: string) => canonical(contentByUrl.get(href) ?? '', t2s).includes(phrase);
      // A summary is our wording, not the plan's: it does not show that the plan contains the phrase.
      const firstScreen = truth.filter((slug) => firstHrefs.some((h) => slugOf(h) === slug && !h.endsWith('#summary-heading') && holds(h)));
      const listed = [...new Set(hrefs.map(slugOf).filter((s): s is string => !!s))];
      const firstLinks = truth.map((slug) => hrefs.find((h) => slugOf(h) === slug));
      const deepOk = firstLinks.filter((h) => h && holds(h)).length;
      rows.push({
        query,
        truth,
        perPlan: truth.map((slug) => seeds.get(slug)!.split(phrase).length - 1),
        listed,
        firstScreen,
        recall: truth.every((s) => listed.includes(s)),
        topK: truth.length === 0 ? listed.length === 0 : [...listed.slice(0, truth.length)].sort().join() === truth.join(),
        deepLinks: [deepOk, truth.length],
        ms,
      });
    }
    // Cold starts: a fresh browser context per query, bytes from typing to the network going idle.
    for (const query of allBenchQueries.filter((_, i) => i % 6 === 0)) {
      const context = await browser.newContext();
      try {
        const fresh = await context.newPage();
        await fresh.goto(`${site.url}/search/`);
        await fresh.waitForLoadState('networkidle');
        const before = [...site.served.values()].reduce((a, b) => a + b, 0);
        await fresh.fill('#search-q', query);
        await fresh.waitForFunction(() => Number(document.getElementById('search-results')?.dataset.searches ?? 0) > 0, null, { timeout: 15_000 });
        await fresh.waitForLoadState('networkidle');
        coldStarts.push([...site.served.values()].reduce((a, b) => a + b, 0) - before);
        if (process.env.BENCH_VERBOSE) console.log(`  cold start “${query}”: ${((coldStarts.at(-1) ?? 0) / 1024).toFixed(1)} KB`);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await site.close();
  }
  report(rows, firstQueryBytes, firstQueryFiles);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const sorted = [...coldStarts].sort((a, b) => a - b);
  console.log(
    `cold-start first-query transfer over ${sorted.length} queries: median ${kb(sorted[Math.floor(sorted.length / 2)] ?? 0)}, min ${kb(sorted[0] ?? 0)}, max ${kb(sorted.at(-1) ?? 0)}, ≤ 150 KB for ${sorted.filter((b) => b <= 150 * 1024).length}/${sorted.length}`,
  );
  if (SYNTHETIC_PLANS > 0) {
    const again = await launchBrowser();
    try {
      await benchSynthetic(again, distDir, records, SYNTHETIC_PLANS, ['生物医药', '合成生物产业', '区科委']);
    } finally {
      await again.close();
    }
  }
}

function report(rows: Row[], firstQueryBytes: number, firstQueryFiles: string[]): void {
  const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;
  const times = rows
    .slice(1)
    .map((r) => r.ms)
    .sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  const p90 = times[Math.floor(times.length * 0.9)] ?? 0;
  const deep = rows.reduce<[number, number]>((acc, r) => [acc[0] + r.deepLinks[0], acc[1] + r.deepLinks[1]], [0, 0]);
  for (const r of rows.filter((r) => !r.recall || !r.topK || r.deepLinks[0] < r.deepLinks[1])) {
    console.log(`  miss: ${r.query}  truth=[${r.truth.join(' ')}] listed=[${r.listed.join(' ')}] deep=${r.deepLinks.join('/')}`);
  }
  console.log(
    `queries: ${rows.length} in ${Object.keys(benchQueries).length} groups (${Object.entries(benchQueries)
      .map(([g, q]) => `${g} ${q.length}`)
      .join(', ')})`,
  );
  console.log(`recall (every plan containing the phrase is listed): ${pct(rows.filter((r) => r.recall).length, rows.length)}`);
  console.log(`top-k precision (the first k plans listed are the k that contain it): ${pct(rows.filter((r) => r.topK).length, rows.length)}`);
  console.log(`deep links (first link into a plan lands on a clause containing the phrase): ${pct(deep[0], deep[1])} (${deep[0]}/${deep[1]})`);
  const screen = (of: Row[]) => {
    const withTruth = of.filter((r) => r.truth.length > 0);
    const plans = withTruth.reduce((n, r) => n + r.truth.length, 0);
    const onScreen = withTruth.reduce((n, r) => n + r.firstScreen.length, 0);
    const whole = withTruth.filter((r) => r.firstScreen.length === r.truth.length).length;
    return `${pct(onScreen, plans)} of plans (${onScreen}/${plans}); every plan for ${whole}/${withTruth.length} queries`;
  };
  // The broad group's rows (a query may also sit in another group).
  const broadStart = Object.entries(benchQueries).findIndex(([group]) => group === 'broad');
  const broadFrom = Object.values(benchQueries).slice(0, broadStart).flat().length;
  const broad = rows.slice(broadFrom, broadFrom + (benchQueries.broad?.length ?? 0));
  for (const r of broad.filter((r) => r.truth.length < 2 || Math.min(...r.perPlan) > 2)) {
    console.log(`  not broad: ${r.query} (per plan ${r.perPlan.join(',')}): replace it in bench-queries.ts`);
  }
  for (const r of rows.filter((r) => r.firstScreen.length < r.truth.length)) {
    console.log(`  off the first screen: ${r.query}  missing=[${r.truth.filter((s) => !r.firstScreen.includes(s)).join(' ')}] per plan ${r.perPlan.join(',')}`);
  }
  console.log(`per-plan recall on the first screen (plans containing the phrase linked before “more”): ${screen(rows)}`);
  console.log(`  broad terms (${broad.length}, smallest plan 1–2 hits): ${screen(broad)}`);
  console.log(`time to first results: median ${median} ms, p90 ${p90} ms (first query, loading Pagefind: ${rows[0]?.ms ?? 0} ms)`);
  console.log(`first query transfer: ${(firstQueryBytes / 1024).toFixed(1)} KB over ${firstQueryFiles.length} files (gzip where the server would)`);
  if (process.env.BENCH_VERBOSE) for (const f of firstQueryFiles) console.log(`  ${f}`);
}

await main();
