/**
 * `npm run bench:lighthouse`: Lighthouse (mobile, default simulated throttling) on one page of
 * each kind of the built site (home, plans list, plan, original, support, 适合我吗, targets,
 * map, search, agencies, compare, lineage, uptake, follow-up, glossary, data, accessibility), served from
 * `dist/` by the project's static server, in the system Chromium. Prints the four category
 * scores and the main performance figures per page. A benchmark, not a test: it prints, it
 * does not judge. Needs a built site (`npm run build`).
 *
 *   npm run bench:lighthouse                 every kind of page, one run each
 *   npm run bench:lighthouse -- --runs=3     median of three runs per page
 *   npm run bench:lighthouse -- map plan     only these kinds
 *   npm run bench:lighthouse -- --save=.tmp/lighthouse   also write each report (JSON) there
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { chromePath } from '../tooling/browser.ts';
import { PAGE_KINDS } from '../tooling/page-kinds.ts';
import { serveStatic } from '../tooling/static-server.ts';

const PAGES: Record<string, string> = PAGE_KINDS;
/** The first column's width: the longest kind's name. */
const KIND_WIDTH = Math.max(...Object.keys(PAGES).map((kind) => kind.length));
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const FIGURES = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'] as const;

interface Run {
  scores: Record<(typeof CATEGORIES)[number], number>;
  figures: Record<(typeof FIGURES)[number], string>;
  numeric: Record<(typeof FIGURES)[number], number>;
  failing: string[];
  /** The whole report, for `--save`. */
  report: string;
}

/** Starts Chromium with a DevTools port (the flags the brief names) and resolves to the port. */
function startChromium(): Promise<{ port: number; process: ChildProcess; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  const child = spawn(
    chromePath(),
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      'about:blank',
    ],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not open a DevTools port within 30 s:\n${output}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//u.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ port: Number(match[1]), process: child, profile });
      }
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited (${code}) before opening a DevTools port:\n${output}`)));
  });
}

async function audit(url: string, port: number): Promise<Run> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)])) as Run['scores'];
  const figures = Object.fromEntries(FIGURES.map((id) => [id, lhr.audits[id]?.displayValue ?? '?'])) as Run['figures'];
  const numeric = Object.fromEntries(FIGURES.map((id) => [id, lhr.audits[id]?.numericValue ?? NaN])) as Run['numeric'];
  // Audits that cost points outside performance (where every metric is shown anyway).
  const failing = CATEGORIES.filter((id) => id !== 'performance').flatMap((id) =>
    (lhr.categories[id]?.auditRefs ?? []).filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1).map((ref) => `${id}: ${ref.id}`),
  );
  return { scores, figures, numeric, failing, report: JSON.stringify(lhr) };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 1);
  const kinds = args.filter((a) => !a.startsWith('--'));
  const save = args.find((a) => a.startsWith('--save='))?.slice('--save='.length);
  if (save) mkdirSync(save, { recursive: true });
  const unknown = kinds.filter((kind) => !(kind in PAGES));
  if (unknown.length) throw new Error(`unknown page kind(s) ${unknown.join(', ')}; known: ${Object.keys(PAGES).join(', ')}`);
  const selected = Object.entries(PAGES).filter(([kind]) => kinds.length === 0 || kinds.includes(kind));

  const site = await serveStatic(join(process.cwd(), 'dist') + '/');
  const chromium = await startChromium();
  try {
    console.log(`Lighthouse (mobile, simulated throttling), ${runs} run(s) per page, median; Chromium ${chromePath()}\n`);
    console.log(['page'.padEnd(KIND_WIDTH), 'perf', 'a11y', 'b-p', 'seo', '  FCP', '  LCP', '  TBT', '  CLS', 'path'].join('  '));
    for (const [kind, path] of selected) {
      const results: Run[] = [];
      for (let i = 0; i < runs; i++) results.push(await audit(site.url + path, chromium.port));
      // The run with the median performance score stands for the page.
      const perf = median(results.map((r) => r.scores.performance));
      const run = results.find((r) => r.scores.performance === perf)!;
      if (save) writeFileSync(join(save, `${kind.replace(/\s+/gu, '-')}.json`), run.report);
      const { scores, figures } = run;
      console.log(
        [
          kind.padEnd(KIND_WIDTH),
          String(scores.performance).padStart(4),
          String(scores.accessibility).padStart(4),
          String(scores['best-practices']).padStart(3),
          String(scores.seo).padStart(3),
          figures['first-contentful-paint'].padStart(5),
          figures['largest-contentful-paint'].padStart(5),
          figures['total-blocking-time'].padStart(5),
          figures['cumulative-layout-shift'].padStart(5),
          path,
        ].join('  '),
      );
      if (runs > 1) console.log(`${''.padEnd(KIND_WIDTH)}  performance over ${runs} runs: ${results.map((r) => r.scores.performance).join(', ')}`);
      for (const failing of run.failing) console.log(`${''.padEnd(KIND_WIDTH)}  not passed: ${failing}`);
    }
  } finally {
    chromium.process.kill();
    await site.close();
    rmSync(chromium.profile, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
