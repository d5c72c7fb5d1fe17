/**
 * Labels of the 政府信息公开 fields government sites print above a document (索引号, 主题分类,
 * 发布机构, 发文字号, 成文日期, 发布日期, 有效期 …). One list for the two readers of them: the HTML
 * importer finds the block in a saved page by these labels, and the converter reads the same
 * fields from text copied off a page, where it also meets the looser labels below.
 */

/** The fields as the 信息公开 block prints them: enough for the importer to tell the block from page chrome. */
export const DISCLOSURE_LABELS = [
  '索引号',
  '信息索引号',
  '信息名称',
  '主题分类',
  '主题词',
  '体裁分类',
  '组配分类',
  '服务对象',
  '服务对象分类',
  '发布机构',
  '发文机关',
  '发文单位',
  '制发机关',
  '发文字号',
  '文号',
  '文件编号',
  '统一编号',
  '登记号',
  '成文日期',
  '发文日期',
  '发布日期',
  '公布日期',
  '印发日期',
  '生效日期',
  '施行日期',
  '实施日期',
  '有效期',
  '有效期限',
  '有效性',
  '效力状态',
  '是否有效',
  '失效日期',
  '废止日期',
  '公开方式',
  '公开范围',
  '公开属性',
  '信息来源',
] as const;

/**
 * Looser labels a copied block also holds (发布时间, 来源, 标题 …) and counters printed among the
 * fields: read only in a block already found (the converter), never to find one, since page chrome
 * prints them too.
 */
export const COPIED_BLOCK_LABELS = ['发布时间', '来源', '文件名称', '标题', '名称', '关键词', '浏览次数', '阅读次数', '点击数'] as const;
