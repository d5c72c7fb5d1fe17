/**
 * The one list of correction kinds: every change the converter may make to the raw text,
 * with the label and the one-line explanation the plan page shows under “文本说明”.
 * The `CorrectionKind` type, the frontmatter schema and the page all come from here, so a new
 * kind cannot be recorded without also being described to readers.
 */

export interface CorrectionKindInfo {
  /** Heading of the group on the page. */
  label: string;
  /** One line saying what was changed and why. */
  explanation: string;
}

export const correctionKindInfo = {
  'page-number': {
    label: '删除页码行',
    explanation: 'PDF 每页底部的页码（如 “- 1 -”）不属于正文，整行删除。',
  },
  'separator-rule': {
    label: '删除版头分隔线',
    explanation: '版头与正文之间的分隔线（━━━）是版式，不是文字，整行删除。',
  },
  'stray-url': {
    label: '删除混入正文的网址行（提取残留，非原文内容）',
    explanation: '文本提取时混入的网页地址行，原文件中没有，整行删除。',
  },
  'running-header': {
    label: '删除每页重复的页眉、页脚行',
    explanation: 'PDF 每页顶部或底部重复印出的文件名等页眉页脚，不是正文，每处整行删除。',
  },
  'web-chrome': {
    label: '删除网页的导航、工具栏和页脚（从网页复制时带入，不属于文件）',
    explanation: '面包屑导航、“字号：大 中 小”、打印与关闭按钮、分享、相关链接、网站页脚等网页元素，整行删除。',
  },
  'invisible-character': {
    label: '删除不可见字符（控制字符、零宽字符、双向排版控制符等）',
    explanation: '这些字符在原文中看不见，却会打乱页面或检索；已删除，并以 U+ 码位标出原位置。',
  },
  'bold-marker': {
    label: '去除提取残留的加粗标记 “**”（加粗的引导语仍以粗体显示；跨页拆开的一处已合并）',
    explanation: '提取工具留下的 Markdown 加粗符号，不是原文文字。',
  },
  'english-and': {
    label: '英文 “and” 改为 “和”',
    explanation: '汉语词语之间误作英文 “and” 的连词，改为 “和”。',
  },
  'digit-spacing': {
    label: '去除数字与汉字之间的多余空格（检索时两种写法均可匹配）',
    explanation: '数字两侧因排版产生的空格，每个数字列一处。',
  },
  'half-width-punctuation': {
    label: '中文语境中的半角标点改为全角（检索时两种写法均可匹配）',
    explanation: '汉字旁的半角逗号、括号等改为全角，与公文用法一致。',
  },
  'space-after-punctuation': {
    label: '去除全角标点旁的多余空格',
    explanation: '全角标点自带间距，其旁的空格是排版残留。',
  },
  'title-spacing': {
    label: '标题分行排版留下的空格，按通知正文中的书名号引文规范',
    explanation: '标题分行居中排印时断行处留下的空格，以通知正文引用该标题的写法为准。',
  },
} as const satisfies Record<string, CorrectionKindInfo>;

/** A kind of visible, listed correction. */
export type CorrectionKind = keyof typeof correctionKindInfo;

/** Every kind, in the order the page lists them. */
export const correctionKinds = Object.keys(correctionKindInfo) as [CorrectionKind, ...CorrectionKind[]];

export function isCorrectionKind(kind: string): kind is CorrectionKind {
  return Object.hasOwn(correctionKindInfo, kind);
}
