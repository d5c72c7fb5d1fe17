/**
 * `npm run bench:import`: how faithfully the importers read real files. Each text — the five
 * seeds' paragraphs, and every corpus case with a `source.txt` (test/fixtures/corpus/<set>/<case>/)
 * — is made into a PDF (Chromium, Noto CJK, running header, `— N —` footer), a DOCX (the docx
 * library) and a saved government web page, with the builders the tests use; each is imported
 * and compared with its text sentence by sentence (PDF after the converter's unwrap). Prints
 * sentences matched exactly, matched once white space is ignored (what a line wrap can lose: a
 * space that stood at the end of a printed line, or where the unwrap ends a paragraph), and
 * whether every other character came through. A figure, not a test.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanLines, measureLayout, readSeed, unwrap } from '../model/document.ts';
import { importDocument } from '../importers/index.ts';
import { launchBrowser } from '../tooling/browser.ts';
import { asConverterReadsIt, compareSentences, withoutMetadata } from '../tooling/compare-text.ts';
import { makeDocx, makeGovernmentPage, makePdf } from '../tooling/make-documents.ts';
import { listSeeds } from '../model/seeds.ts';

const root = new URL('../../', import.meta.url).pathname;

/** A seed as its document prints it: one paragraph per line (the converter's unwrap, no fixes). */
function paragraphsOf(file: string, bytes: Uint8Array): string {
  const cleaned = cleanLines(readSeed(file, bytes).lines).lines;
  return `${unwrap(cleaned, measureLayout(cleaned))
    .map((p) => p.text)
    .join('\n')}\n`;
}

function corpusTexts(): Array<{ name: string; text: string }> {
  const dir = join(root, 'test/fixtures/corpus');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((set) =>
    readdirSync(join(dir, set))
      .filter((name) => existsSync(join(dir, set, name, 'source.txt')))
      .map((name) => ({ name: `${set}/${name}`, text: readFileSync(join(dir, set, name, 'source.txt'), 'utf8') })),
  );
}

const squeeze = (text: string) => text.replace(/[ \t]+/gu, '');

async function main(): Promise<void> {
  const texts = [...listSeeds(root).map(({ file, bytes }) => ({ name: file, text: paragraphsOf(file, bytes) })), ...corpusTexts()];
  const browser = await launchBrowser();
  const totals = new Map<string, { exact: number; spaces: number; total: number; ms: number; sameCharacters: number; texts: number }>();
  console.log('| text | format | sentences | exact | ignoring white space | every character kept | import ms |');
  console.log('| --- | --- | ---: | ---: | ---: | --- | ---: |');
  try {
    for (const { name, text } of texts) {
      const files = {
        pdf: await makePdf(text, { runningHeader: '上海市人民政府公报', browser }),
        docx: await makeDocx(text),
        html: new TextEncoder().encode(makeGovernmentPage(text, { metadata: { 索引号: 'BENCH-0001', 发布机构: '上海市人民政府', 发布日期: '2026-12-01' } })),
      };
      for (const [format, bytes] of Object.entries(files)) {
        const started = performance.now();
        const imported = await importDocument(`bench.${format}`, bytes);
        const ms = performance.now() - started;
        const read = format === 'pdf' ? asConverterReadsIt(imported) : format === 'html' ? withoutMetadata(imported) : imported.text;
        const exact = compareSentences(text, read);
        const spaces = compareSentences(squeeze(text), squeeze(read));
        const sum = totals.get(format) ?? { exact: 0, spaces: 0, total: 0, ms: 0, sameCharacters: 0, texts: 0 };
        totals.set(format, sum);
        sum.exact += exact.matched;
        sum.spaces += spaces.matched;
        sum.total += exact.total;
        sum.ms += ms;
        sum.texts++;
        const sameCharacters = text.replace(/\s/gu, '') === read.replace(/\s/gu, '');
        if (sameCharacters) sum.sameCharacters++;
        console.log(`| ${name} | ${format} | ${exact.total} | ${exact.matched} | ${spaces.matched} | ${sameCharacters ? 'yes' : 'no'} | ${Math.round(ms)} |`);
        for (const missing of spaces.missing.slice(0, 3)) console.error(`  ${name} ${format}: not matched even ignoring white space: ${missing.slice(0, 60)}`);
      }
    }
  } finally {
    await browser.close();
  }
  console.log('\n| format | sentences | exact | ignoring white space | texts with every character kept | import ms (all texts) |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [format, t] of totals) {
    const pct = (n: number) => `${((100 * n) / t.total).toFixed(1)} %`;
    console.log(
      `| ${format} | ${t.total} | ${t.exact} (${pct(t.exact)}) | ${t.spaces} (${pct(t.spaces)}) | ${t.sameCharacters}/${t.texts} | ${Math.round(t.ms)} |`,
    );
  }
}

await main();
