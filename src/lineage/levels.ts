/** The level of a cited document, in the order the lineage pages list them. */
export type DocumentLevel = '国家级' | '市级' | '区级' | '未判定';
export const LEVEL_ORDER: DocumentLevel[] = ['国家级', '市级', '区级', '未判定'];
