/**
 * The classification rules as data: which words in a clause's own text make it offer each kind
 * of support, and which headings mark clauses that offer nothing. Every term is a plain string
 * found verbatim in the clause (no regular expressions), so a reader can check any decision by
 * searching the clause for the term the page reports. Changing a term changes what
 * `test/support/classify.test.ts` measures against the hand-checked list; reviewed
 * exceptions go in `content/support/<plan>.yaml`, not here.
 */
import type { SupportType } from './types.ts';

/** A firm's rent paid or waived for it. */
const RENT_OFFERS = ['实际租金', '租金补贴', '租金减免', '租金全额减免'] as const;

/** Words that, found in a clause's own text, show it offers that kind of support. */
export const TYPE_TERMS: Record<SupportType, readonly string[]> = {
  funding: [
    '基金',
    '拨投结合',
    '先投后股',
    '先租后股',
    '信贷',
    '融资',
    '担保',
    '资金支持',
    '资金扶持',
    '专项资金',
    '金融支持',
    '风险补偿',
    '资本市场',
    '知识产权质押',
    '投贷联动',
    '天使投资',
    '股权投资',
    '资金投入',
    '路演',
    '保险',
    // The instrument itself: a grant, subsidy, award or interest subsidy is funding, with or without a sum.
    '资助',
    '补贴',
    '补助',
    '奖励',
    '贴息',
    '配套支持',
    '租金',
  ],
  // A subsidy of a firm's own rent is money for premises: both funding and space (the 租金 of a
  // 人才公寓 is housing for talent, written otherwise: 人才公寓租金按照市场价格给予最高70%减免).
  space: ['厂房', '载体', '物业空间', '用地', '土地', '产业空间', '智造空间', '承载空间', '工业上楼', '免租', ...RENT_OFFERS],
  talent: [
    '人才引',
    '引进顶尖',
    '人才培养',
    '人才培育',
    '技能人才',
    '人才计划',
    '英才',
    '人才公寓',
    '人才落户',
    '用工',
    '委培',
    '产教融合',
    '人才服务',
    '生活补贴',
    '安家补贴',
  ],
  platforms: [
    '概念验证',
    '中试',
    '小试',
    '研发机构',
    '创新联合体',
    '重点实验室',
    '联合实验室',
    '检验检测',
    '铸造厂',
    '揭榜挂帅',
    '研究院',
    '研发平台',
    '转化平台',
    '功能型平台',
    '验证平台',
    '研究平台',
    '技术平台',
    '共性技术',
    '科技基础设施',
    '研发设施',
    '工程技术中心',
    '技术创新中心',
    '生物安全实验室',
    '实验室共享',
    '技术攻关',
    '评价平台',
    '铸造',
    '研究型病房',
    '治疗中心',
    '中试基地',
  ],
  incubation: [
    '孵化',
    '加速器',
    '众创空间',
    '初创企业',
    '独角兽',
    '瞪羚',
    '专精特新',
    '培育库',
    '创新创业大赛',
    '创新大赛',
    '高新技术企业',
    '小巨人',
    '隐形冠军',
    '梯度培育',
    '培育链',
    '训练营',
  ],
  services: [
    '审批',
    '审评',
    '代办',
    '帮办',
    '营商',
    '一件事',
    '白名单',
    '知识产权',
    '认证服务',
    '政务服务',
    '通办',
    '企业服务',
    '技术指导',
    '监管',
    '服务工作站',
    '上云用数赋智',
    '惠企政策',
    '特别审查程序',
    '一站式',
    '伦理审查',
    '通关便利',
    '政策咨询',
    '全程指导',
    '早期介入',
    '提前介入',
    '专人辅导',
    '分类指导',
    '指导服务',
    '合并开展',
    '注册路径',
    '优先审批',
    '优先审评',
    '优先检验',
    '前置指导',
    '注册指导',
    '一品一策',
    '并联',
    '一项目一专班',
    '服务专班',
    '绿色通道',
    '容缺',
    '告知承诺',
    '并联审批',
  ],
  market: [
    '应用场景',
    '场景开放',
    '场景资源',
    '首台套',
    '首批次',
    '首次实现产业化应用',
    '示范应用',
    '开拓市场',
    '国际市场',
    '市场认可',
    '临床研究',
    '应用展示',
    '临床应用',
    '应用示范',
    '首购首用',
    '医保',
    '挂网',
    '展会',
    '博览会',
    '采购',
    '供需对接',
  ],
};

/**
 * Terms that name the offer itself rather than a circumstance of it; they count twice, so that
 * one of them is enough for a second type (a clause building a 转化平台 that 孵化 start-ups
 * offers both).
 */
export const CORE_TERMS: Partial<Record<SupportType, readonly string[]>> = {
  funding: ['基金', '先投后股', '拨投结合', '租金'],
  space: ['厂房', '载体', '免租', ...RENT_OFFERS],
  talent: ['人才公寓'],
  incubation: ['孵化', '加速器'],
  services: ['审批', '一站式'],
  market: ['应用场景'],
};

/**
 * Turns of phrase that contain a term without offering that support; removed from the text
 * before that type's terms are looked for (以创新平台为载体 is about talent, not premises).
 */
export const TYPE_FALSE_FRIENDS: Partial<Record<SupportType, readonly string[]>> = {
  // 孵化载体 is an incubator (incubation); 病毒载体 and the 载体 of 载体设计/载体生产 are the biologist's vector.
  space: ['为载体', '创新载体', '新载体', '载体分子', '厂房贷', '孵化载体', '病毒载体', '载体设计', '载体生产'],
  // 区市场监管局 named in the text is who acts (会同区市场监管局…推进), not a service offered.
  services: ['监管服务队伍', '监管局'],
};

/**
 * Words that make a clause a measure but name its kind only when nothing else does: a grant for
 * 关键技术攻关 funds a project (funding), it builds no platform; support for 临床研究 of a therapy
 * funds or serves it, it opens no market. Alone, they still say what the clause is about.
 */
export const WEAK_TERMS: Partial<Record<SupportType, readonly string[]>> = {
  platforms: ['技术攻关'],
  market: ['临床研究'],
};

/**
 * Headings of clauses that offer enterprises nothing of their own: guiding ideas, principles,
 * targets, the machinery of government and a call's conditions. A clause whose heading contains
 * one is never listed, nor an untitled item of a heading that does (（1）项目总投资不低于… under
 * 申报要求).
 */
export const NON_MEASURE_HEADINGS: readonly string[] = [
  '指导思想',
  '基本原则',
  '目标',
  '组织领导',
  '党建',
  '责任落实',
  '评价考核',
  '考核',
  '工作专班',
  '协调推进机制',
  '体制机制',
  '总体要求',
  // A call for applications: who may apply, how and when — what is asked, not what is offered.
  '申报要求',
  '申报条件',
  '主体条件',
  '申报方式',
  '申报时间',
  '申报材料',
  '申报程序',
  '申报流程',
  '其他事项',
  // Supervision of the money granted: what a recipient owes, not what it is offered.
  '监督管理',
];

/** Parts of a plan whose clauses can be measures (the rest describe, they do not offer). */
export const MEASURE_PARTS: readonly string[] = ['任务', '保障措施'];
