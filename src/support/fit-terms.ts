/**
 * The 适合我吗 checklist's term tables: which words in a measure's clause tie it to an industry
 * field or to a stage of a company. A measure matches a field (or stage) when its clause contains
 * one of the terms; the page shows that term as the reason. A measure naming no field at all is
 * open to every field, and says so (ranked below one that names the field). No imports: the
 * browser bundle uses these tables too.
 */

export const FIELDS = ['biomedicine', 'biomaterials', 'food', 'energy', 'agriculture', 'devices', 'synbio'] as const;
export type Field = (typeof FIELDS)[number];

export const fieldLabels: Record<Field, string> = {
  biomedicine: '生物医药',
  biomaterials: '生物材料',
  food: '食品与消费品',
  energy: '生物能源与低碳',
  agriculture: '生物农业',
  devices: '医疗器械与机器人',
  synbio: '合成生物平台',
};

export const FIELD_TERMS: Record<Field, readonly string[]> = {
  biomedicine: [
    '生物医药',
    '新药',
    '药物',
    '疫苗',
    '细胞与基因治疗',
    '细胞治疗',
    '基因治疗',
    '抗体',
    'mRNA',
    '原料药',
    '生物制品',
    '临床',
    '诊断',
    '医疗卫生机构',
  ],
  biomaterials: ['生物材料', '生物基', '可降解', '新材料', '先进材料', '生物医用材料', '前沿材料'],
  food: ['食品', '消费品', '化妆品', '美妆', '医美', '饮品', '营养', '个护'],
  energy: ['生物能源', '能源', '低碳', '碳中和', '碳交易', '生物质', '生物环保', '环境污染'],
  agriculture: ['生物农业', '农业', '育种', '农药', '饲料'],
  devices: ['医疗器械', '机器人', '器械', '仪器设备'],
  synbio: ['合成生物', '生物铸造', '底盘细胞', '基因编辑', '高价值分子', '生物设计自动化', '生物制造'],
};

export const STAGES = ['startup', 'growth', 'scale'] as const;
export type Stage = (typeof STAGES)[number];

export const stageLabels: Record<Stage, string> = { startup: '初创企业', growth: '成长企业', scale: '规模企业' };

export const STAGE_TERMS: Record<Stage, readonly string[]> = {
  startup: ['初创', '种子', '孵化', '众创空间', '创业', '投早', '天使', '概念验证', '训练营', '大赛', '先投后股', '小试'],
  growth: ['瞪羚', '专精特新', '高新技术企业', '小巨人', '加速器', '高成长', '隐形冠军', '拟上市', '独角兽', '中试', '科技型中小企业'],
  scale: ['龙头企业', '链主', '领军企业', '头部企业', '规模化', '并购', '标准厂房', '上市', '产业化', '总部'],
};

export const WHERES = ['baoshan', 'jinshan', 'pudong', 'city'] as const;
export type Where = (typeof WHERES)[number];

/** The district each answer stands for (the city-wide answer stands for city plans only). */
export const whereDistricts: Record<Where, string | undefined> = { baoshan: '宝山区', jinshan: '金山区', pudong: '浦东新区', city: undefined };
export const whereLabels: Record<Where, string> = { baoshan: '宝山', jinshan: '金山', pudong: '浦东', city: '全市' };

/** First term of `terms` found in `text` (table order), or undefined. */
export function firstTerm(text: string, terms: readonly string[]): string | undefined {
  return terms.find((term) => text.includes(term));
}
