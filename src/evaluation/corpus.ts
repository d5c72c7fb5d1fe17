/**
 * The development and held-out corpora (`test/fixtures/corpus/<set>/<case>/`): realistic plans
 * written to develop and to measure the converter's rules, never published. Each case says how
 * an editor received it (`case.yaml`), holds that input, and a hand-checked list of what the
 * text states (`expected.yaml`, the schema below). The format is described in full in
 * `test/fixtures/corpus/README.md`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';

export const CORPUS_DIR = 'test/fixtures/corpus';
export const CORPUS_SETS = ['dev', 'holdout'] as const;
export type CorpusSet = (typeof CORPUS_SETS)[number];

const clausePath = z.string().min(1);
const amount = z.object({
  /** The sum or ratio as printed (`最高500万元`, `30%`). */
  text: z.string(),
  value: z.number(),
  unit: z.string(),
});

/** A hand-checked list: what a person reading the text found. */
export const expectedSchema = z.object({
  /** The title as printed, without its marks. */
  title: z.string(),
  /** Marks printed with the title (`（征求意见稿）`). */
  titleMarks: z.array(z.string()).default([]),
  /** The notice's title, when there is a notice. */
  noticeTitle: z.string().nullable().default(null),
  /** 发文字号, or null. */
  docNumber: z.string().nullable().default(null),
  /** The issuing or signing authority as printed, or null. */
  issuer: z.string().nullable().default(null),
  /** 成文日期 (ISO), or null. */
  date: z.string().nullable().default(null),
  /** Stated validity. */
  validity: z
    .object({ from: z.string().nullable().default(null), to: z.string().nullable().default(null), line: z.string().optional() })
    .nullable()
    .default(null),
  /** Status as of the date the corpus is read at (2026-12-02). */
  status: z.string(),
  /** The 信息公开 fields, label → value. */
  metadata: z.record(z.string(), z.string().nullable()).default({}),
  /** Every heading, `<full number path><title>`. */
  headings: z.array(z.string()),
  /** Faults of the source's numbering. */
  numberingDefects: z.array(z.object({ after: z.string().nullable().optional(), found: z.string(), kind: z.string() })).default([]),
  /** Quantitative targets. */
  targets: z
    .array(
      z.object({
        clause: clausePath,
        value: z.number(),
        max: z.number().nullable().optional(),
        unit: z.string(),
        year: z.number().nullable(),
        metric: z.string().optional(),
      }),
    )
    .default([]),
  /** Support measures with their types, amounts and conditions. */
  support: z
    .array(z.object({ clause: clausePath, types: z.array(z.string()), amounts: z.array(amount).default([]), conditions: z.array(z.string()).default([]) }))
    .default([]),
  /** Documents cited by title. */
  citations: z.array(z.object({ title: z.string(), docNumber: z.string().nullable().optional() })).default([]),
  /** 责任单位 lists, per clause. */
  agencies: z.array(z.object({ clause: clausePath, agencies: z.array(z.string()) })).default([]),
});
export type Expected = z.infer<typeof expectedSchema>;

export const caseSchema = z.object({
  /** What the document is and how an editor received it. */
  about: z.string(),
  /** What the editor received. */
  format: z.enum(['txt', 'html', 'docx', 'pdf']),
  /** The slug an editor would give it. */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u),
});

export interface CorpusCase {
  set: CorpusSet;
  name: string;
  dir: string;
  format: z.infer<typeof caseSchema>['format'];
  slug: string;
  about: string;
  expected: Expected;
}

function readYaml<T>(file: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

/** The cases of a set, by name; a case without both files is skipped (still being written). */
export function corpusCases(root: string, set: CorpusSet): CorpusCase[] {
  const dir = join(root, CORPUS_DIR, set);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'case.yaml')) && existsSync(join(dir, name, 'expected.yaml')))
    .sort()
    .map((name) => {
      const caseDir = join(dir, name);
      const meta = readYaml(join(caseDir, 'case.yaml'), caseSchema);
      return { set, name, dir: caseDir, ...meta, expected: readYaml(join(caseDir, 'expected.yaml'), expectedSchema) };
    });
}

/** The text a reader must find on the page: the input for a text case, the article text otherwise. */
export function truthText(c: CorpusCase): string {
  return readFileSync(join(c.dir, c.format === 'txt' ? 'input.txt' : 'source.txt'), 'utf8');
}
