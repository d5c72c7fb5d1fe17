/**
 * Stage 5b — serialise: frontmatter (YAML) plus the mdast body, written by
 * `mdast-util-to-markdown` with the MDX, GFM and frontmatter extensions. No escaping by hand.
 */
import type { Root } from 'mdast';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { stringify } from 'yaml';
import { planFrontmatterSchema, type PlanFrontmatter } from '../schemas/plan.ts';
import { field } from './metadata.ts';
import { gbRank } from './numbering.ts';
import { blockText, flattenClauses } from './recognise-structure.ts';
import type { PlanDocument } from './types.ts';
import { readDate } from './validity.ts';

const CITY = /^(?:沪|上海市人民政府)/u;
const DISTRICT = /(宝山|金山|浦东新|闵行|奉贤|嘉定|松江|青浦|徐汇|长宁|静安|普陀|虹口|杨浦|黄浦|崇明)区/u;

/**
 * A copied page's 来源 line names the office that published the text when it is one
 * (`来源：金山湾生物制造产业园管理委员会`), not a website or a newspaper (`来源：金山区融媒体中心`).
 */
function sourceOffice(value: string | undefined): string | undefined {
  return value && /(?:人民政府|办公厅|办公室|委员会|管委会|局)$/u.test(value.trim()) ? value.trim() : undefined;
}

/** The page's frontmatter, derived from the recognised document alone. */
export function frontmatterOf(doc: PlanDocument): PlanFrontmatter {
  const notice = doc.notice;
  // A web page's 信息公开 block names the 文号, the issuing office and the date when the text does not.
  const listed = (...labels: string[]) => field(doc.metadata, ...labels)?.value;
  // The document's own signature outranks the page's 发布机构 (often a short form: 杨浦区科委).
  const issuer = notice
    ? (notice.letterhead?.replace(/文件$/u, '') ??
      // The office a title opens with (上海市徐汇区科学技术委员会关于…); a title that opens on 关于 names none
      // (关于公开征求《虹口区关于…》意见的公告 is signed below it).
      /^((?:(?!关于)[^《》“”])+?)关于/u.exec(notice.title)?.[1] ??
      notice.signer ??
      listed('发布机构', '发文机关', '发文单位', '制发机关'))
    : (doc.masthead?.letterhead?.replace(/文件$/u, '') ??
      doc.titleNote?.issuer ??
      (doc.closing.drafter ? undefined : (listed('发布机构', '发文机关', '发文单位', '制发机关') ?? sourceOffice(listed('来源')))));
  const docNumber = notice?.docNumber ?? doc.masthead?.docNumber ?? doc.titleNote?.docNumber ?? listed('发文字号', '文号');
  const dateSigned = notice?.date ?? doc.titleNote?.date ?? readDate(listed('成文日期', '发文日期') ?? '');
  const scope = `${docNumber ?? ''}${issuer ?? ''}`;
  const district = DISTRICT.exec(issuer ?? '')?.[0] ?? DISTRICT.exec(doc.title)?.[0];
  const city = CITY.test(scope) || (!district && /^上海市/u.test(doc.title));
  const data: PlanFrontmatter = {
    slug: doc.slug,
    title: doc.title,
    titleMarks: doc.titleMarks,
    draft: doc.draft,
    ...(docNumber ? { docNumber } : {}),
    ...(issuer ? { issuer } : {}),
    ...(notice
      ? {
          // A notice that is the document has no separate notice title: its title is the document's.
          ...(notice.isDocument ? {} : { noticeTitle: notice.title }),
          ...(doc.titleInNotice ? { titleInNotice: doc.titleInNotice } : {}),
          ...(notice.addressees ? { addressees: notice.addressees.replace(/[：:]$/u, '') } : {}),
        }
      : {}),
    ...(dateSigned ? { dateSigned } : {}),
    ...(doc.closing.printedDate ? { datePrinted: doc.closing.printedDate } : {}),
    ...(doc.closing.printedBy ? { printedBy: doc.closing.printedBy } : {}),
    ...(doc.closing.cc ? { cc: doc.closing.cc } : {}),
    ...(doc.closing.drafter ? { drafter: { agency: doc.closing.drafter.agency, date: doc.closing.drafter.date } } : {}),
    ...(doc.metadata.length > 0 ? { metadata: doc.metadata } : {}),
    ...(doc.validity ? { validity: doc.validity } : {}),
    ...(doc.numberingDefects.length > 0 ? { numberingDefects: doc.numberingDefects } : {}),
    ...(doc.period ? { period: doc.period } : {}),
    targetYears: targetYears(doc),
    level: city ? '市级' : '区级',
    ...(!city && district ? { district } : {}),
    source: { file: doc.source, sha256: doc.sha256, lines: doc.stats.sourceLines },
    outline: flattenClauses(doc.clauses).map((c) => ({
      id: c.id,
      level: c.level,
      ...(gbRank(c.kind) === undefined ? { kind: c.kind } : {}),
      number: c.number,
      title: c.title,
      part: c.part,
      agencies: c.agencies,
      line: c.line,
    })),
    corrections: doc.corrections,
    warnings: doc.warnings,
  };
  return planFrontmatterSchema.parse(data);
}

/** Years named as targets, `到2025年`, anywhere in the plan text. */
function targetYears(doc: PlanDocument): number[] {
  const blocks = [...doc.preamble, ...flattenClauses(doc.clauses).flatMap((c) => c.blocks)];
  const years = blocks.flatMap((b) => [...blockText(b).matchAll(/到(\d{4})年/gu)].map((m) => Number(m[1])));
  return [...new Set(years)].sort((a, b) => a - b);
}

export function serialize(frontmatter: PlanFrontmatter, body: Root): string {
  // YAML 1.1 quoting: Astro reads frontmatter as YAML 1.1, where a bare 2023-12-26 is a date.
  const yaml = stringify(frontmatter, { lineWidth: 0, version: '1.1' }).trimEnd();
  const tree: Root = { type: 'root', children: [{ type: 'yaml', value: yaml }, ...body.children] };
  // Astro's MDX parses GFM (strikethrough `~`, tables, autolinks): the serializer must know,
  // so that it escapes what GFM would otherwise read as syntax.
  return toMarkdown(tree, { extensions: [frontmatterToMarkdown(['yaml']), gfmToMarkdown(), mdxToMarkdown()] });
}
