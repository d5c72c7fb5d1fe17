/**
 * `npm run add-plan` end to end, in temporary copies of the project (seeds/ and content/, all
 * conversion needs): the real CLI adds a Word file and a PDF — seed, SHA256SUMS as `sha256sum`
 * writes it, the kept original, the page `npm run convert` writes — and the model then loads the
 * plan with its original. Every refusal is a pinned one-line error and leaves the project
 * byte for byte as it was, including a write that fails half-way (rolled back).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPlan } from '../../src/cli/add-plan.ts';
import { convertProject } from '../../src/cli/convert.ts';
import { convertSeed } from '../../src/converter/pipeline.ts';
import { buildSite } from '../../src/model/index.ts';
import { listSeeds } from '../../src/model/seeds.ts';
import { launchBrowser } from '../../src/tooling/browser.ts';
import { makeDocx, makeGovernmentPage, makePdf } from '../../src/tooling/make-documents.ts';

const root = new URL('../../', import.meta.url).pathname;
const source = readFileSync(join(root, 'test/fixtures/importers/measures.txt'), 'utf8');
const work = mkdtempSync(join(tmpdir(), 'add-plan-test-'));
let docx: string;
let pdf: string;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  docx = join(work, 'received', '2024-baoshan-measures.docx');
  pdf = join(work, 'received', '宝山区若干措施.pdf');
  mkdirSync(join(work, 'received'));
  writeFileSync(docx, await makeDocx(source));
  writeFileSync(pdf, await makePdf(source, { browser }));
}, 120_000);
afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

/** A copy of what conversion and the model read: seeds/ and content/. */
function copyProject(): string {
  const dir = mkdtempSync(join(work, 'project-'));
  for (const entry of ['seeds', 'content']) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  return dir;
}

/** Every file under seeds/ and content/ with its bytes, to prove nothing changed. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.set(relative(dir, full), readFileSync(full).toString('base64'));
    }
  };
  walk(join(dir, 'seeds'));
  walk(join(dir, 'content'));
  return files;
}

function run(dir: string, ...args: string[]) {
  const result = spawnSync('sh', [join(root, 'src/scripts/with-node.sh'), 'node', join(root, 'src/cli/add-plan.ts'), ...args, '--root', dir], {
    cwd: work,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('add-plan', () => {
  it('adds a Word file: seed, SHA256SUMS, original and page, and the model loads the plan with its original', () => {
    const dir = copyProject();
    const before = snapshot(dir);
    const result = run(dir, docx);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const slug = '2024-baoshan-measures';
    const seed = readFileSync(join(dir, `seeds/${slug}.txt`));
    expect(seed.toString('utf8')).toBe(source);
    expect(readFileSync(join(dir, `seeds/originals/${slug}.docx`))).toEqual(readFileSync(docx));
    // SHA256SUMS is exactly what `sha256sum *.txt` prints in seeds/.
    const sums = spawnSync('sh', ['-c', 'LC_ALL=C sha256sum *.txt'], { cwd: join(dir, 'seeds'), encoding: 'utf8' }).stdout;
    expect(readFileSync(join(dir, 'seeds/SHA256SUMS'), 'utf8')).toBe(sums);
    expect(sums.split('\n').filter(Boolean)).toHaveLength(6);
    // The page is what the converter makes of the seed; the five other pages are unchanged.
    expect(readFileSync(join(dir, `content/plans/${slug}.mdx`), 'utf8')).toBe(convertSeed(`seeds/${slug}.txt`, seed).mdx);
    const after = snapshot(dir);
    const changed = [...after.keys()].filter((file) => before.get(file) !== after.get(file)).sort();
    expect(changed).toEqual([`content/plans/${slug}.mdx`, `seeds/${slug}.txt`, 'seeds/SHA256SUMS', `seeds/originals/${slug}.docx`]);
    // The model takes it in (committed pages match the seeds) with its original file.
    const plan = buildSite({ root: dir }).plan(slug);
    expect(plan.original).toMatchObject({ file: `seeds/originals/${slug}.docx`, extension: 'docx', label: 'Word' });
    expect(Buffer.from(plan.original!.bytes)).toEqual(readFileSync(docx));
    // What it prints: what was recognised and what is left to do.
    for (const line of [
      `add-plan: ${docx} (docx) → seeds/${slug}.txt, ${source.split('\n').length - 1} lines`,
      '  title: 宝山区促进合成生物产业发展若干措施',
      '  headings: 16 (一、 4, （一） 4, 1. 8, （1） 0)',
      `seeds/${slug}.txt:1: 未见印发通知和发文字号，也未标明送审稿：请核对文件的正式状态。`,
      `  2. Write content/summaries/${slug}.yaml`,
      `  3. `,
      '  4. Place-like names not in the gazetteer',
    ]) {
      expect(result.stdout).toContain(line);
    }
  });

  it('adds a PDF under --slug; convert and listSeeds keep to seeds/*.txt, leaving seeds/originals/ alone', () => {
    const dir = copyProject();
    const result = run(dir, pdf, '--slug', '2024-baoshan-measures-pdf');
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Page furniture kept on lines of its own for the converter to drop and list: 0 running headers, 3 page numbers');
    const pages = snapshot(dir);
    expect(listSeeds(dir).map((seed) => seed.file)).toHaveLength(6);
    convertProject(dir);
    expect(snapshot(dir)).toEqual(pages);
    expect(readFileSync(join(dir, 'seeds/originals/2024-baoshan-measures-pdf.pdf'))).toEqual(readFileSync(pdf));
  });

  it('adds a saved web page: its 信息公开 fields become the plan metadata (文号, date, validity)', () => {
    const dir = copyProject();
    const page = join(work, 'received', '2024-baoshan-measures-web.html');
    const metadata = {
      索引号: 'BS-2024-00031',
      发布机构: '上海市宝山区科学技术委员会',
      发文字号: '宝科委规〔2024〕2号',
      成文日期: '2024-05-10',
      发布日期: '2024-05-16',
      有效期: '2024-06-01至2026-05-31',
    };
    writeFileSync(page, makeGovernmentPage(source, { metadata }));
    const result = run(dir, page);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const plan = buildSite({ root: dir, today: new Date('2025-01-01T00:00:00Z') }).plan('2024-baoshan-measures-web');
    expect(plan.frontmatter).toMatchObject({ docNumber: '宝科委规〔2024〕2号', dateSigned: '2024-05-10' });
    expect(plan.frontmatter.validity).toMatchObject({ from: '2024-06-01', to: '2026-05-31' });
    expect(plan.doc.metadata.map((f) => f.label)).toEqual(Object.keys(metadata));
    expect(plan.status).toBe('实施中');
    expect(plan.original).toMatchObject({ extension: 'html' });
  });

  it('adds UTF-8 text as it is: the seed is the original, so no copy is kept', () => {
    const dir = copyProject();
    const text = join(work, 'received', '2024-baoshan-measures-text.txt');
    writeFileSync(text, source);
    expect(run(dir, text).status).toBe(0);
    expect(readFileSync(join(dir, 'seeds/2024-baoshan-measures-text.txt'))).toEqual(readFileSync(text));
    expect([...snapshot(dir).keys()].some((file) => file.startsWith('seeds/originals/'))).toBe(false);
  });

  it('asks for --slug when the file name is not ASCII, and refuses a taken slug, writing nothing', () => {
    const dir = copyProject();
    const before = snapshot(dir);
    const noSlug = run(dir, pdf);
    expect(noSlug.status).toBe(1);
    expect(noSlug.stderr).toBe(
      `${pdf}: the file name gives no slug (it is not plain ASCII)\n  hint: give one: --slug <year>-<place>-<topic>, e.g. --slug 2024-baoshan-synbio-measures.\n`,
    );
    const taken = run(dir, docx, '--slug', '2023-baoshan-synbio');
    expect(taken.status).toBe(1);
    expect(taken.stderr).toBe(
      `${docx}: slug "2023-baoshan-synbio" is already taken by seeds/2023-baoshan-synbio.txt\n  hint: choose another with --slug <slug> (or remove the old plan first).\n`,
    );
    expect(run(dir, docx, '--slug', 'Bad Slug').stderr).toContain('--slug "Bad Slug" is not a slug');
    expect(snapshot(dir)).toEqual(before);
  });

  it('writes nothing when the file cannot be imported or its text does not convert', async () => {
    const dir = copyProject();
    const before = snapshot(dir);
    const damaged = join(work, 'received', 'damaged.pdf');
    writeFileSync(damaged, '%PDF-1.7 garbage');
    expect(run(dir, damaged).stderr).toMatch(/^\S+damaged\.pdf: not a readable PDF \(pdf\.js: .+\)\n {2}hint: /u);
    const unknown = join(work, 'received', 'plan.xlsx');
    writeFileSync(unknown, 'x');
    expect(run(dir, unknown).stderr).toBe(
      `${unknown}: unknown file type ".xlsx"\n  hint: add-plan reads .txt (UTF-8), .html/.htm (a saved web page), .docx and .pdf.\n`,
    );
    // A Word file exported from Markdown still carries its front matter: the converter refuses it.
    const frontMatter = join(work, 'received', 'front-matter.docx');
    writeFileSync(frontMatter, await makeDocx(`---\ntitle: 若干措施\n---\n${source}`));
    const refused = run(dir, frontMatter);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('seeds/front-matter.txt:1: the seed starts with a YAML front-matter block (lines 1–3), not with the plan text');
    expect(refused.stderr).toContain(
      `Nothing was written to seeds/; the imported text is in ${join(tmpdir(), 'add-plan-front-matter.txt')} (its line 1 is the line meant).`,
    );
    expect(snapshot(dir)).toEqual(before);
  });

  it('puts everything back when a write fails half-way', async () => {
    const dir = copyProject();
    // seeds/originals is a file here, so copying the original fails after the seed and SHA256SUMS are written.
    writeFileSync(join(dir, 'seeds/originals'), 'in the way');
    const before = snapshot(dir);
    await expect(addPlan(docx, { root: dir })).rejects.toThrow(/ENOTDIR: not a directory, open '.*seeds\/originals\/2024-baoshan-measures\.docx'/u);
    expect(snapshot(dir)).toEqual(before);
  });
});
