/**
 * The 适合我吗 checklist's term tables: which words in a measure's clause tie it to an industry
 * field or to a stage of a company. A measure matches a field (or stage) when its clause contains
 * one of the terms; the page shows that term as the reason. A measure naming no field at all is
 * open to every field, and says so (ranked below one that names the field). No imports: the
 * browser bundle uses these tables too.
 */

export const FIELDS = ['biomedicine', 'biomaterials', 'food', 'energy', 'agriculture', 'devices', 'synbio', 'biomanufacturing'] as const;
export type Field = (typeof FIELDS)[number];

export const fieldLabels: Record<Field, string> = {
  biomedicine: '生物医药',
  biomaterials: '生物材料',
  food: '食品与消费品',
  energy: '生物能源与低碳',
  agriculture: '生物农业',
  devices: '医疗器械与机器人',
  synbio: '合成生物平台',
  biomanufacturing: '生物制造',
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
  // Not 仪器设备: lab instruments are equipment a clause shares, not the medical-device field.
  devices: ['医疗器械', '机器人', '器械'],
  synbio: ['合成生物', '生物铸造', '底盘细胞', '基因编辑', '高价值分子', '生物设计自动化'],
  // Its own field: a 生物制造 plan (Jinshan) is not a 合成生物 platform plan.
  biomanufacturing: ['生物制造'],
};

export const STAGES = ['startup', 'growth', 'scale'] as const;
export type Stage = (typeof STAGES)[number];

export const stageLabels: Record<Stage, string> = { startup: '初创企业', growth: '成长企业', scale: '规模企业' };

/**
 * Only words that name firms of a stage as the beneficiary. Building and process words
 * (标准厂房, 规模化, 产业化, 中试, 孵化器, 总部, 上市) are deliberately absent: a standard factory or a
 * pilot line is offered to firms of any stage, so reading a stage from them dropped start-ups
 * from space measures (issue 18).
 */
export const STAGE_TERMS: Record<Stage, readonly string[]> = {
  startup: ['初创企业', '初创', '种子期', '创业企业', '创业团队', '投早', '天使投资', '先投后股'],
  growth: ['瞪羚', '专精特新', '高新技术企业', '小巨人', '高成长', '隐形冠军', '拟上市', '独角兽', '科技型中小企业', '中小企业'],
  scale: ['龙头企业', '链主', '领军企业', '头部企业', '规模以上'],
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

/**
 * Words later in the same phrase (up to ，。；：) that make the firms a means, not the beneficiary:
 * 链主企业、龙头企业虹吸效应, 龙头企业牵头, 龙头企业负责人, 以龙头企业为带动.
 */
const NOT_BENEFICIARY = /虹吸|带动|牵头|负责人|引领/u;

/** First stage term of `terms` that `text` uses of firms it addresses (see NOT_BENEFICIARY), or undefined. */
export function beneficiaryTerm(text: string, terms: readonly string[]): string | undefined {
  return terms.find((term) => {
    for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1))
      if (!NOT_BENEFICIARY.test(text.slice(at + term.length).split(/[，。；：]/u)[0]!)) return true;
    return false;
  });
}
