/**
 * Frontmatter of a generated plan page (`content/plans/<slug>.mdx`). The converter writes
 * it; the model validates it at build time (`checkedFrontmatter`, src/model/index.ts); tests
 * validate it too.
 */
import { z } from 'astro/zod';
import { correctionKinds } from '../contracts/correction-kinds.ts';
import { PLAN_LEVELS } from '../contracts/levels.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'an ISO date YYYY-MM-DD');

/** Correction kinds come from the converter's one list (labels and explanations live there too). */
export { correctionKinds };

export const planParts = ['总体', '目标', '重点领域', '布局', '任务', '保障措施'] as const;

/**
 * A clause's anchor id: `s4-1-2` (四、（一）2.), `c3` (第三章), `c3-2` (its 第二节), `a12`
 * (第十二条), `a12-1` (its （一）); `-r2` marks the repeat of a number the source repeats.
 */
export const clauseIdPattern = /^[sca]\d+(?:-r?\d+)*$/u;

const headingKinds = ['chapter', 'section', 'article', 'rank1', 'rank2', 'rank3', 'rank4'] as const;

/** One heading of the plan, as listed in the table of contents. */
export const outlineEntrySchema = z.object({
  /** Anchor id on the page, built from the numbering path (`s4-1-2` = 四、（一）2.; `a12` = 第十二条). */
  id: z.string().regex(clauseIdPattern),
  /** Depth of the heading: in a GB/T 9704 plan its rank (1 = 一、, 2 = （一）, 3 = 1., 4 = （1））; 章/节/条 nest above those ranks. */
  level: z.number().int().min(1).max(6),
  /** How the heading is numbered (absent: a rank of GB/T 9704, read from `level`). */
  kind: z.enum(headingKinds).optional(),
  /** The number as printed in the source, e.g. `（三）`. */
  number: z.string().min(1),
  /** Heading text without its number ('' for an item that has none). */
  title: z.string(),
  /** Which part of the plan the clause belongs to. */
  part: z.enum(planParts),
  /** Agencies (责任单位) named by this clause, in order. */
  agencies: z.array(z.string().min(1)),
  /** Source line of the heading in the seed. */
  line: z.number().int().positive(),
});

/** One listed correction of the raw text. */
export const correctionSchema = z.object({
  /** What kind of extraction artifact was corrected. */
  kind: z.enum(correctionKinds),
  /** Source line in the seed. */
  line: z.number().int().positive(),
  /** The text as it stands in the seed, with a little context. */
  before: z.string(),
  /** The text as the page shows it ('' when a line was dropped). */
  after: z.string(),
});

export const planFrontmatterSchema = z.object({
  /** URL slug: the page lives at `/plans/<slug>/`. */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u),
  /** Plan title as printed (listed corrections applied). */
  title: z.string().min(1),
  /** Marks printed under the title, e.g. `（送审稿）`. */
  titleMarks: z.array(z.string()),
  /** True for a draft (送审稿 / 征求意见稿). */
  draft: z.boolean(),
  /** 发文字号 of the notice that issued the plan, e.g. `沪府办发〔2023〕18号`. */
  docNumber: z.string().optional(),
  /** 发文机关: the office that issued the notice. */
  issuer: z.string().optional(),
  /** Title of the issuing notice. */
  noticeTitle: z.string().optional(),
  /**
   * The plan's title as the notice names it (in 《》), present only when it is worded otherwise
   * than `title`, the title printed over the plan, which the page and citations use. `line` is
   * the notice title's source line. Shown as a note under 文本说明; neither text is changed.
   */
  titleInNotice: z.object({ text: z.string().min(1), line: z.number().int().positive() }).optional(),
  /** 主送: the notice's addressees. */
  addressees: z.string().optional(),
  /** 成文日期 of the notice. */
  dateSigned: isoDate.optional(),
  /** 印发日期 from the closing block. */
  datePrinted: isoDate.optional(),
  /** 印发机关 from the closing block. */
  printedBy: z.string().optional(),
  /** 抄送 list from the closing block. */
  cc: z.string().optional(),
  /** Agency that drafted a forwarded plan, and the date it signed. */
  drafter: z.object({ agency: z.string(), date: isoDate }).optional(),
  /** The 信息公开 block of the web page the text came from (label, value, source line), when it has one. */
  metadata: z.array(z.object({ label: z.string().min(1), value: z.string(), line: z.number().int().positive() })).optional(),
  /**
   * When the document says it takes effect (`from`) and until when (`to`, its last day), with
   * the sentence or field that says so and its line; `derived` says how a date the text only
   * implies was worked out; `stated` is a status its publisher states (有效性：失效).
   */
  validity: z
    .object({
      from: isoDate.optional(),
      to: isoDate.optional(),
      text: z.string().min(1),
      line: z.number().int().positive(),
      derived: z.string().optional(),
      stated: z.enum(['有效', '失效', '废止']).optional(),
    })
    .optional(),
  /** Faults of the source's own numbering (kept as printed), each with its line. */
  numberingDefects: z
    .array(
      z.object({
        kind: z.enum(['skipped', 'repeated', 'restarted', 'out-of-order']),
        line: z.number().int().positive(),
        found: z.string(),
        expected: z.string(),
        after: z.string().optional(),
      }),
    )
    .optional(),
  /** Plan period from the title (`2023—2025年`), absent when the title names none. */
  period: z.object({ start: z.number().int(), end: z.number().int(), text: z.string() }).optional(),
  /** Years the plan sets targets for (`到2025年`), in order. */
  targetYears: z.array(z.number().int().min(2000).max(2100)),
  /** 市级 (city) or 区级 (district). */
  level: z.enum(PLAN_LEVELS),
  /** District for district plans, e.g. `宝山区`. */
  district: z.string().optional(),
  /** The seed this page was generated from. */
  source: z.object({
    /** Path of the seed in the repository (a published page's must be directly in `seeds/`: `publishedPlanSchema`). */
    file: z.string(),
    /** SHA-256 of the seed's bytes. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/u),
    /** Number of lines in the seed. */
    lines: z.number().int().positive(),
  }),
  /** All headings, in document order. */
  outline: z.array(outlineEntrySchema).min(1),
  /** Every correction made to the raw text, listed on the page. */
  corrections: z.array(correctionSchema),
  /** Findings a person should look at; the text is still safe to publish. */
  warnings: z.array(z.object({ line: z.number().int().positive(), message: z.string() })),
});

/**
 * The frontmatter of a page the site publishes: its seed must be a file directly in `seeds/`, so
 * no path in the data (`../../../../etc/passwd`) can ever name what `original.txt` serves (which
 * are, besides, the bytes the model itself read from `seeds/`).
 */
export const publishedPlanSchema = planFrontmatterSchema.refine((plan) => /^seeds\/[^/\\]+\.txt$/u.test(plan.source.file), {
  message: 'source.file must be a seed directly in seeds/ (seeds/<name>.txt)',
  path: ['source', 'file'],
});

export type PlanFrontmatter = z.infer<typeof planFrontmatterSchema>;
export type OutlineEntry = z.infer<typeof outlineEntrySchema>;

/** Editorial summary of a plan (`content/summaries/<slug>.yaml`), written by people. */
export const summarySchema = z.object({
  /** Slug of the plan this summarises. */
  plan: z.string(),
  /** A short name for cards and lists, e.g. `宝山合成生物三年行动计划`. */
  shortTitle: z.string().min(2),
  /** One plain-language sentence on what the plan is. */
  lede: z.string().min(10),
  /** 5–14 plain-language points, each linked to the clauses it summarises. */
  points: z
    .array(
      z.object({
        /** The point, in plain Chinese. */
        text: z.string().min(6),
        /** Clause ids (from the plan's outline) that this point summarises. */
        clauses: z.array(z.string().regex(clauseIdPattern)).min(1),
      }),
    )
    .min(5)
    .max(14),
});

export type Summary = z.infer<typeof summarySchema>;
