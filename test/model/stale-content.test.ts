/**
 * The model is the one way in: a seed edited, added or removed without `npm run convert` stops
 * loading (and so the build) with a message naming the file and the command to run. One case runs
 * the real `astro build` on a copy of the project.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/model/index.ts';
import { StaleContentError } from '../../src/model/seeds.ts';

const root = new URL('../../', import.meta.url).pathname;
const copies: string[] = [];

/** A copy of the project's sources (node_modules linked, not copied). */
function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'portal-stale-'));
  copies.push(dir);
  for (const entry of ['seeds', 'content', 'src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

function loadError(dir: string): Error {
  try {
    buildSite({ root: dir });
  } catch (error) {
    return error as Error;
  }
  throw new Error('loading did not fail');
}

describe('stale generated pages', () => {
  it('loads the real project', () => {
    expect(buildSite({ root }).plans).toHaveLength(5);
  });

  it('a seed edited without re-conversion names the seed, the page and the command', () => {
    const dir = copyProject();
    appendFileSync(join(dir, 'seeds/2023-baoshan-synbio.txt'), '\n附：一句新加的话。\n');
    const error = loadError(dir);
    expect(error).toBeInstanceOf(StaleContentError);
    expect(error.message).toContain('seeds/2023-baoshan-synbio.txt changed');
    expect(error.message).toContain('content/plans/2023-baoshan-synbio.mdx');
    expect(error.message).toContain('npm run convert');
  });

  it('a new seed without its page, and a page without its seed, are both reported', () => {
    const dir = copyProject();
    cpSync(join(dir, 'seeds/2023-baoshan-synbio.txt'), join(dir, 'seeds/2023-baoshan-synbio-copy.txt'));
    rmSync(join(dir, 'seeds/2023-jinshan-biomanufacturing.txt'));
    const error = loadError(dir);
    expect(error.message).toContain('content/plans/2023-baoshan-synbio-copy.mdx is missing for seeds/2023-baoshan-synbio-copy.txt');
    expect(error.message).toContain('content/plans/2023-jinshan-biomanufacturing.mdx has no seed in seeds/');
  });

  it('a hand-edited page is reported with the line that differs', () => {
    const dir = copyProject();
    appendFileSync(join(dir, 'content/plans/2023-shanghai-synbio.mdx'), '\n手工加的一段。\n');
    expect(loadError(dir).message).toMatch(
      /content\/plans\/2023-shanghai-synbio\.mdx differs from a fresh conversion of seeds\/2023-shanghai-synbio\.txt \(line \d+\)/u,
    );
  });

  it('the real astro build fails on an edited seed, with the message', () => {
    const dir = copyProject();
    appendFileSync(join(dir, 'seeds/2023-baoshan-synbio.txt'), '\n附：一句新加的话。\n');
    const result = spawnSync('sh', [join(root, 'src/scripts/with-node.sh'), join(root, 'node_modules/.bin/astro'), 'build', '--root', dir], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, PORTAL_TODAY: '2026-12-01' },
      timeout: 120_000,
    });
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status, output.slice(-2000)).not.toBe(0);
    expect(output).toContain('seeds/2023-baoshan-synbio.txt changed');
    expect(output).toContain('npm run convert');
  }, 150_000);
});

describe('editorial summaries', () => {
  it('a summary that breaks its schema stops loading, naming file, line and field', () => {
    const dir = copyProject();
    const file = join(dir, 'content/summaries/2023-baoshan-synbio.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^lede: .*$/mu, 'lede: 短'));
    expect(loadError(dir).message).toMatch(/^content\/summaries\/2023-baoshan-synbio\.yaml:\d+: lede: /u);
  });
  it('a summary for a plan that does not exist is reported', () => {
    const dir = copyProject();
    cpSync(join(dir, 'content/summaries/2023-baoshan-synbio.yaml'), join(dir, 'content/summaries/2099-nowhere.yaml'));
    expect(loadError(dir).message).toContain('content/summaries/2099-nowhere.yaml: plan is "2023-baoshan-synbio", expected "2099-nowhere"');
  });
});
