/**
 * Stage 5a — the clause tree as an mdast tree with MDX JSX elements. The components named
 * here (`Metadata`, `MetaField`, `Notice`, `Preamble`, `DocLine`, `Clause`, `Bullet`, `DocTable`,
 * `Lead`, `Duty`, `Agency`, `Attachments`, `Appendix`, `Closing`) are supplied by the plan page at render time;
 * all text goes into text nodes or attribute strings so that escaping is the serializer's job.
 */
import type { PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Block, Clause, Inline, MetadataField, Notice, PlanDocument } from './types.ts';

const attr = (name: string, value: string): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value });
const text = (value: string): Text => ({ type: 'text', value });

function flow(name: string, attributes: MdxJsxAttribute[], children: RootContent[]): MdxJsxFlowElement {
  return { type: 'mdxJsxFlowElement', name, attributes, children: children as MdxJsxFlowElement['children'] };
}

function inlineElement(name: string, children: PhrasingContent[], attributes: MdxJsxAttribute[] = []): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name, attributes, children };
}

/** One printed line of the document frame (letterhead, 文号, dates, 抄送 …). */
function docLine(kind: string, value: string): MdxJsxFlowElement {
  return flow('DocLine', [attr('kind', kind)], [{ type: 'paragraph', children: [text(value)] }]);
}

function inlineNodes(inlines: Inline[]): PhrasingContent[] {
  return inlines.map((inline): PhrasingContent => {
    switch (inline.kind) {
      case 'text':
        return text(inline.text);
      case 'lead':
        return inlineElement('Lead', [text(inline.text)]);
      case 'duty':
        return inlineElement('Duty', dutyChildren(inline.text, inline.agencies));
    }
  });
}

/** `（责任单位：区科委、区经委）` with each agency wrapped as an `Agency` chip, text unchanged. */
function dutyChildren(duty: string, agencies: string[]): PhrasingContent[] {
  const children: PhrasingContent[] = [];
  let rest = duty;
  for (const agency of agencies) {
    const at = rest.indexOf(agency);
    if (at < 0) continue;
    if (at > 0) children.push(text(rest.slice(0, at)));
    children.push(inlineElement('Agency', [text(agency)]));
    rest = rest.slice(at + agency.length);
  }
  if (rest !== '') children.push(text(rest));
  return children;
}

/** Handlers by block kind. A table's cells go in one attribute: a row a line, cells between ` | `, as printed. */
const blockNodes: Record<Block['kind'], (block: Block) => RootContent> = {
  paragraph: (block) => ({ type: 'paragraph', children: inlineNodes(block.inlines) }),
  bullet: (block) => flow('Bullet', [], [{ type: 'paragraph', children: inlineNodes(block.inlines) }]),
  table: (block) => flow('DocTable', [attr('rows', (block.rows ?? []).map((row) => row.join(' | ')).join('\n'))], []),
};

const blockNode = (block: Block): RootContent => blockNodes[block.kind](block);

/** The 信息公开 block: each field with its label as printed. */
function metadataNode(fields: MetadataField[], first: boolean): MdxJsxFlowElement {
  return flow(
    'Metadata',
    first ? [attr('id', 'metadata')] : [],
    fields.map((f) => flow('MetaField', [attr('label', f.label), attr('value', f.value)], [])),
  );
}

function clauseNode(clause: Clause): MdxJsxFlowElement {
  return flow(
    'Clause',
    [
      attr('id', clause.id),
      attr('level', String(clause.level)),
      attr('number', clause.number),
      ...(clause.titleStart ? [attr('titleStart', clause.titleStart)] : []),
      attr('title', clause.title),
      attr('titleEnd', clause.titleEnd),
      attr('inline', String(clause.inline)),
    ],
    [...clause.blocks.map(blockNode), ...clause.children.map(clauseNode)],
  );
}

/**
 * The 信息公开 fields, in the runs the page printed them: above the document, under the notice's
 * title (a web page's 发布时间、来源 under its headline), or under the plan's title.
 */
export function metadataRuns(doc: PlanDocument): { top: MetadataField[]; inNotice: MetadataField[]; underTitle: MetadataField[] } {
  const first = doc.notice ? doc.notice.titleLine : doc.titleLines[0];
  // When the notice is the document, what follows its title is inside the notice.
  const noticeEnd = doc.notice?.isDocument ? Infinity : doc.titleLines[0];
  const inNotice = (f: MetadataField) => doc.notice !== undefined && f.line > doc.notice.titleLine && f.line < noticeEnd;
  return {
    top: doc.metadata.filter((f) => f.line < first),
    inNotice: doc.metadata.filter(inNotice),
    underTitle: doc.notice?.isDocument ? [] : doc.metadata.filter((f) => f.line > doc.titleLines[1]),
  };
}

/** The notice's frame and text; when the notice is the document, its frame only (the text is the body). */
function noticeNode(notice: Notice, fields: MetadataField[], first: boolean): MdxJsxFlowElement {
  const own = notice.isDocument
    ? []
    : [
        ...notice.body.map((p): RootContent => ({ type: 'paragraph', children: [text(p.text)] })),
        ...(notice.signer ? [docLine('signer', notice.signer)] : []),
        docLine('date', notice.dateText),
        ...notice.remarks.map((r) => docLine('remark', r)),
      ];
  return flow(
    'Notice',
    [],
    [
      ...(notice.letterhead ? [docLine('letterhead', notice.letterhead)] : []),
      // In source order: GB/T 9704 prints the 文号 above the title, a web page under it.
      ...(notice.docNumber && (notice.docNumberLine ?? 0) < notice.titleLine ? [docLine('doc-number', notice.docNumber)] : []),
      docLine('notice-title', notice.title),
      ...(notice.docNumber && (notice.docNumberLine ?? 0) > notice.titleLine ? [docLine('doc-number', notice.docNumber)] : []),
      ...(fields.length > 0 ? [metadataNode(fields, first)] : []),
      ...(notice.addressees ? [docLine('addressees', notice.addressees)] : []),
      ...own,
    ],
  );
}

/** The document body: notice, plan title, preamble, clauses, closing, in source order. */
export function toMdast(doc: PlanDocument): Root {
  const children: RootContent[] = [];
  const { notice, closing } = doc;
  const runs = metadataRuns(doc);
  // Only the first run carries the #metadata anchor.
  const [topFirst, noticeFirst] = [runs.top.length > 0, runs.top.length === 0 && runs.inNotice.length > 0];
  if (topFirst) children.push(metadataNode(runs.top, true));
  if (notice) children.push(noticeNode(notice, runs.inNotice, noticeFirst));
  // A notice that is the document itself printed the title once, as the notice's.
  if (!notice?.isDocument) {
    if (doc.masthead?.letterhead) children.push(docLine('letterhead', doc.masthead.letterhead));
    if (doc.masthead) children.push(docLine('doc-number', doc.masthead.docNumber));
    if (doc.titleLabel) children.push(docLine('title-label', doc.titleLabel));
    children.push(docLine('plan-title', doc.title));
    for (const mark of doc.titleMarks) children.push(docLine('title-mark', mark));
    if (doc.titleNote) children.push(docLine('title-note', doc.titleNote.text));
  }
  if (runs.underTitle.length > 0) children.push(metadataNode(runs.underTitle, !topFirst && !noticeFirst));
  if (doc.preamble.length > 0) children.push(flow('Preamble', [], doc.preamble.map(blockNode)));
  children.push(...doc.clauses.map(clauseNode));
  if (doc.attachments)
    children.push(
      flow(
        'Attachments',
        [],
        doc.attachments.map((p) => docLine('attachment', p.text)),
      ),
    );
  if (closing.drafter) {
    children.push(docLine('signer', closing.drafter.agency), docLine('date', closing.drafter.dateText));
  } else if (notice?.isDocument) {
    children.push(docLine('date', notice.dateText));
  }
  if (notice?.isDocument) children.push(...notice.remarks.map((r) => docLine('remark', r)));
  if (doc.appendix.length > 0) children.push(flow('Appendix', [], doc.appendix.map(blockNode)));
  if (closing.cc !== undefined || closing.printedText !== undefined) {
    children.push(
      flow(
        'Closing',
        [],
        [
          ...(closing.cc !== undefined ? [docLine('cc', `抄送：${closing.cc}`)] : []),
          ...(closing.printedText !== undefined ? [docLine('printed', `${closing.printedBy ?? ''} ${closing.printedText}印发`.trim())] : []),
        ],
      ),
    );
  }
  return { type: 'root', children };
}
