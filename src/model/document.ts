/**
 * The document model every feature reads, and the pipeline entry points the tools run: the
 * one door to `src/converter/` for code outside it (the converter is imported only here, by the
 * rest of `src/model/` and by the convert CLI — test/architecture/ checks it).
 */
export type { Block, Clause, PlanDocument, PlanPart, Validity } from '../converter/types.ts';
export { blockText, flattenClauses, headingText } from '../converter/recognise-structure.ts';
export { toMdast } from '../converter/to-mdast.ts';
export { dutyLists, inlineDutyLists, rowsWithoutDuties } from '../converter/table-duties.ts';
export { correctionKindInfo, correctionKinds } from '../contracts/correction-kinds.ts';
export { showInvisible } from '../converter/invisible.ts';
export { cleanLines, DROPPED_LINE_KINDS } from '../converter/clean-lines.ts';
export { ConversionError } from '../converter/errors.ts';
export { convertAll, recognisePlan } from '../converter/pipeline.ts';
export { frontmatterOf } from '../converter/serialize.ts';
export { measureLayout, unwrap } from '../converter/unwrap.ts';
export { decodeStrict, firstInvalidByte, readSeed, slugFromFile } from '../converter/read-seed.ts';
