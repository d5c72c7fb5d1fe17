/**
 * Editorial knowledge about cited documents the plans do not describe themselves: only the
 * administrative level, and why the editors say so. Keyed by the title as the plans print it.
 * No 文号, date or issuer is added here: a 文号 appears only when a plan's text prints it.
 */
import type { DocumentLevel } from './levels.ts';

export interface EditorialLevel {
  level: DocumentLevel;
  /** Shown next to the level: an editorial fact says it is one. */
  note: string;
}

export const EDITORIAL_LEVELS: Record<string, EditorialLevel> = {
  '“十四五”生物经济发展规划': {
    level: '国家级',
    note: '编者判断：标题未冠地名，为国家层面的“十四五”专项规划；引用它的规划文本未写其文号。',
  },
  '关于推进张江高新区改革创新发展的行动方案 建设世界领先科技园区的若干意见': {
    level: '市级',
    note: '编者判断：张江高新区由上海市统筹；引用它的规划文本未写发文机关和文号。',
  },
  '张江高新区加快世界领先科技园区建设行动方案（2023—2025年）': {
    level: '市级',
    note: '编者判断：张江高新区由上海市统筹；引用它的规划文本未写发文机关和文号。',
  },
};
