/**
 * `npm run bench:build -- --plans N`: how the build grows with the number of plans.
 * Makes N plans from the five seeds (the originals plus copies under other names, each copy's
 * 文号 shifted) in a temporary copy of the project — never in `seeds/` — then runs the real
 * `npm run convert` and `astro build` there and prints, per stage (convert, pages, search
 * index), seconds and peak memory of the process tree, the largest HTML page, and the Pagefind
 * bytes a first search downloads in headless Chromium (stages as `npm run build` runs them). A benchmark, not a test: it prints
 * figures and fails only when a stage fails.
 *
 * Options: --plans N (default 20), --query 生物医药, --keep (leave the temporary copy).
 */
import { listSeeds } from '../model/seeds.ts';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tooling/browser.ts';
import { measure } from '../tooling/process-tree.ts';
import { serveStatic } from '../tooling/static-server.ts';

const root = new URL('../../', import.meta.url).pathname;
const { values } = parseArgs({
  options: { plans: { type: 'string', default: '20' }, query: { type: 'string', default: '生物医药' }, keep: { type: 'boolean', default: false } },
});
const count = Number(values.plans);
if (!Number.isInteger(count) || count < 1) throw new Error(`--plans must be a positive integer, got ${values.plans}`);

/** The project's sources in a temporary folder; its own node_modules folder of links, so Astro's cache there is its own. */
function prepare(): string {
  const dir = mkdtempSync(join(tmpdir(), `portal-bench-${count}-`));
  for (const entry of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  for (const entry of readdirSync(join(root, 'content')))
    if (entry !== 'plans') cpSync(join(root, 'content', entry), join(dir, 'content', entry), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite') continue;
    symlinkSync(join(root, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  mkdirSync(join(dir, 'seeds'));
  const originals = listSeeds(root).map(({ file }) => file.slice('seeds/'.length));
  for (let i = 0; i < count; i++) {
    const name = originals[i % originals.length]!;
    const copy = Math.floor(i / originals.length);
    const text = readFileSync(join(root, 'seeds', name), 'utf8');
    // Copies get another 文号 (same agency and year, number + 1000 × copy) and another file name (slug).
    const shifted = copy === 0 ? text : text.replace(/〔(\d{4})〕(\d+)号/gu, (_m, year: string, n: string) => `〔${year}〕${Number(n) + 1000 * copy}号`);
    writeFileSync(join(dir, 'seeds', copy === 0 ? name : name.replace(/\.txt$/u, `-copy${copy}.txt`)), shifted);
  }
  return dir;
}

/** The number of HTML pages and the largest ones (the issue: none over 1 MB). */
function largestHtml(dir: string): { path: string; bytes: number; pages: number; top: string } {
  const sizes = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ path: file, bytes: statSync(join(dir, file)).size }))
    .sort((a, b) => b.bytes - a.bytes);
  const top = sizes
    .slice(0, 4)
    .map((s) => `${s.path} ${(s.bytes / 1024).toFixed(0)} KB`)
    .join(', ');
  return { path: sizes[0]?.path ?? '', bytes: sizes[0]?.bytes ?? 0, pages: sizes.length, top };
}

async function firstSearchBytes(dist: string, query: string): Promise<number> {
  const site = await serveStatic(`${dist}/`);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${site.url}/search/?q=${encodeURIComponent(query)}`);
    // Network idle alone can come before the search ends (its WebAssembly work at thousands of plans
    // takes longer than the idle window under load), which counted only part of the files.
    await page.waitForFunction(() => Number(document.getElementById('search-results')?.dataset.searches ?? 0) > 0, null, { timeout: 300_000 });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    await page.waitForLoadState('networkidle');
    const files = [...site.served].filter(([path]) => path.startsWith('/pagefind/'));
    const byKind = new Map<string, [number, number]>();
    for (const [path, bytes] of files) {
      // Files of every bundle (the first in /pagefind/, the others in /pagefind/bundle-N/) by kind;
      // at plan level, the plans' record files (/pagefind/plans/) too.
      const kind =
        /\/pagefind\/(?:bundle-\d+\/)?(filter|index|fragment|plans)\//u.exec(path)?.[1] ??
        path.replace(/^\/pagefind\/(?:bundle-\d+\/)?/u, '').replace(/_[0-9a-f]+\./u, '.');
      const [n, sum] = byKind.get(kind) ?? [0, 0];
      byKind.set(kind, [n + 1, sum + bytes]);
    }
    console.log([...byKind].map(([kind, [n, sum]]) => `${kind} ×${n}: ${(sum / 1024).toFixed(1)} KB`).join('; '));
    return files.reduce((sum, [, bytes]) => sum + bytes, 0);
  } finally {
    await browser.close();
    await site.close();
  }
}

const mb = (n: number) => `${Math.round(n)} MB`;

async function main(): Promise<void> {
  const dir = prepare();
  const env = { ...process.env, PORTAL_TODAY: process.env.PORTAL_TODAY ?? '2026-12-01' };
  const withNode = join(dir, 'src/scripts/with-node.sh');
  try {
    console.log(`bench:build — ${count} plans in ${dir}`);
    const convert = await measure('sh', [withNode, 'node', 'src/cli/convert.ts'], { cwd: dir, env });
    if (convert.code !== 0) throw new Error(`convert failed:\n${convert.output.slice(-3000)}`);
    const build = await measure('sh', [withNode, join(dir, 'node_modules/.bin/astro'), 'build'], { cwd: dir, env });
    if (build.code !== 0) throw new Error(`build failed:\n${build.output.slice(-3000)}`);
    const index = await measure('sh', [withNode, 'node', 'src/cli/index-search.ts'], { cwd: dir, env });
    if (index.code !== 0) throw new Error(`search index failed:\n${index.output.slice(-3000)}`);
    const [, records, level] = /indexed (\d+) (\w+)-level records/u.exec(index.output) ?? [];
    const bundles = Number(/in (\d+) bundle/u.exec(index.output)?.[1] ?? NaN);
    const html = largestHtml(join(dir, 'dist'));
    const searchBytes = await firstSearchBytes(join(dir, 'dist'), values.query!);
    const total = convert.seconds + build.seconds + index.seconds;
    const peak = Math.max(convert.peakMB, build.peakMB, index.peakMB);
    const rows: Array<[string, string, string]> = [
      ['convert', `${convert.seconds.toFixed(1)} s`, mb(convert.peakMB)],
      ['pages (astro build)', `${build.seconds.toFixed(1)} s`, mb(build.peakMB)],
      [`search index (${records} ${level}-level records, ${bundles} bundles)`, `${index.seconds.toFixed(1)} s`, mb(index.peakMB)],
      ['convert + build', `${total.toFixed(1)} s`, mb(peak)],
    ];
    for (const [stage, seconds, peak] of rows) console.log(`${stage.padEnd(40)} ${seconds.padStart(9)}   peak ${peak}`);
    console.log(`HTML pages: ${html.pages}; largest: ${html.top}`);
    console.log(`first search “${values.query}”: ${(searchBytes / 1024).toFixed(1)} KB of Pagefind files (gzip as a static host would serve them)`);
    console.log(
      `| ${count} | ${convert.seconds.toFixed(0)} s | ${build.seconds.toFixed(0)} s | ${index.seconds.toFixed(0)} s | ${total.toFixed(0)} s | ${mb(peak)} | ${(html.bytes / 1024).toFixed(0)} KB | ${(searchBytes / 1024).toFixed(0)} KB |`,
    );
  } finally {
    if (values.keep) console.log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

await main();
