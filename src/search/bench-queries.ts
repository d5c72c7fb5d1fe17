/**
 * The search benchmark's queries, built from the plans. Only the queries are written by
 * hand; which plans contain each one is computed from the seed text (see bench-search.ts).
 */
export const benchQueries: Record<string, string[]> = {
  institutions: [
    '上海合成生物学创新中心',
    '国家蛋白质中心',
    '上海吴淞材料实验室',
    '清华工研院',
    '长三角国创中心',
    '上海光源',
    '华东理工大学',
    '市公卫中心',
    '阿里云华东智能算力中心',
    '上海合成生物产业引导基金',
  ],
  instruments: [
    '先投后股',
    '拨投结合',
    '揭榜挂帅',
    '先租后股',
    '招投联动',
    '首台套',
    '工业上楼',
    '投贷联动',
    '知识产权质押',
    '专项子基金',
    '白名单',
    '概念验证中心',
  ],
  technical: ['CRISPR-Cas9', 'BDA', 'CDMO', 'CXO', 'mRNA', 'PHA', 'GLP实验室', 'OLED', 'POCT', 'ADC', 'CAR-T', 'Bio-Foundry', 'BT-IT', 'DNA存储', '底盘细胞'],
  places: [
    '南大合成生物产业园',
    '宝山高新区',
    '北上海生物医药产业园',
    '碳谷绿湾',
    '湾区生物医药港',
    '临港东方生命港',
    '国盛药谷',
    '峥宝合成生物创新园',
    '大零号湾',
    '东方美谷',
    '上海化工区',
    '吴淞创新城',
    '环上大科技园',
    '张江金山生物医药园',
  ],
  numbers: ['200万方', '500亿元', '960亿元', '1300家', '110件', '100亿元', '10亿元', '30项'],
  documents: ['沪府办发〔2023〕18号', '沪府办发[2023]18号', '宝府办〔2023〕45号', '金府办发〔2023〕22号', '宝府办〔2025〕6号', '沪府发〔2022〕11号'],
  agencies: ['区科委', '区经委', '区投资促进办', '南大开发公司', '区发展改革委（区金融服务办）', '区农业农村委', '金山海关'],
  crossWord: ['物产业园', '成生物产', '创新策源', '新质生产力', '一核两翼', '一城一港一湾一园一谷', '南研发+北制造', '高价值分子'],
  // Broad terms: many hits in some plans, one or two in another (the smallest is checked from
  // the seeds by the benchmark). They test that a plan with few hits is not pushed off the
  // first screen by plans with many.
  broad: ['区科委', '合成生物产业', '产业园', '宝山', '张江', '生物医药产业', '国际', '龙头企业', '高校', '基因', '南大', '长三角'],
  variants: ['生物醫藥', '合成生物產業', '寶山高新區', '1,3-丙二醇', '科创 30 条', 'CAR－T', '"一核两翼"', '宝府办[2023]45号'],
};

export const allBenchQueries = Object.values(benchQueries).flat();
