/**
 * The original an imported plan keeps is published: in a copy of the project, add-plan adds a
 * PDF, the real `astro build` runs, and the built site serves the PDF's exact bytes at
 * `/plans/<slug>/original.pdf`, links it from the original page beside `original.txt`, and
 * gives it its type in `_headers`. Plans without an original get no such file or link.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addPlan } from '../../src/cli/add-plan.ts';
import { makePdf } from '../../src/tooling/make-documents.ts';

const root = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'add-plan-build-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('an imported plan’s original on the built site', () => {
  it('is served byte for byte, linked from the original page, and typed in _headers', async () => {
    for (const entry of ['seeds', 'content', 'src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
      cpSync(join(root, entry), join(dir, entry), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    const pdf = join(dir, '2024-baoshan-measures.pdf');
    writeFileSync(pdf, await makePdf(readFileSync(join(root, 'test/fixtures/importers/measures.txt'), 'utf8')));
    await addPlan(pdf, { root: dir });

    const build = spawnSync('sh', [join(root, 'src/scripts/with-node.sh'), join(root, 'node_modules/.bin/astro'), 'build', '--root', dir], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, PORTAL_TODAY: '2026-12-01' },
      timeout: 280_000,
    });
    expect(build.status, `${build.stdout}${build.stderr}`.slice(-3000)).toBe(0);

    const dist = join(dir, 'dist');
    expect(readFileSync(join(dist, 'plans/2024-baoshan-measures/original.pdf'))).toEqual(readFileSync(pdf));
    const page = readFileSync(join(dist, 'plans/2024-baoshan-measures/original/index.html'), 'utf8');
    expect(page).toMatch(/<a href="\/plans\/2024-baoshan-measures\/original\.pdf" download="2024-baoshan-measures\.pdf"[^>]*>\s*下载原始文件（PDF）\s*<\/a>/u);
    expect(page).toContain('这是从 PDF 文件提取的原始文本');
    expect(page).toContain('href="/plans/2024-baoshan-measures/original.txt"');
    // A plan without a kept original: no file, no link, the wording as before.
    expect(existsSync(join(dist, 'plans/2023-baoshan-synbio/original.pdf'))).toBe(false);
    const plain = readFileSync(join(dist, 'plans/2023-baoshan-synbio/original/index.html'), 'utf8');
    expect(plain).not.toContain('下载原始文件');
    expect(plain).toContain('这是从 PDF 提取的原始文本');
    expect(readFileSync(join(dist, '_headers'), 'utf8')).toContain('/plans/*/original.pdf\n  Content-Type: application/pdf\n');
  }, 300_000);
});
