/**
 * Reads an editorial YAML file (content/…) and validates it with a zod schema. Errors name the
 * file, the line and the field, so whoever edits the data sees at once what to fix.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'astro/zod';

/** Where in the file a value starts, as `file:line` (the file alone when it cannot be found). */
function where(file: string, doc: ReturnType<typeof parseDocument>, counter: LineCounter, path: readonly PropertyKey[]): string {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as unknown[], true);
    if (isNode(node) && node.range) return `${file}:${counter.linePos(node.range[0]).line}`;
  }
  return file;
}

/** Parses `file` (relative to `root`) and returns the validated data, or throws naming file and line. */
export function readYamlData<T extends z.ZodType>(root: string, file: string, schema: T): z.infer<T> {
  let text: string;
  try {
    text = readFileSync(join(root, file), 'utf8');
  } catch (error) {
    throw new Error(`${file}: cannot read: ${(error as Error).message}`);
  }
  return parseYamlData(text, file, schema);
}

/** As `readYamlData`, from text already read (tests feed broken files through this). */
export function parseYamlData<T extends z.ZodType>(text: string, file: string, schema: T): z.infer<T> {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    throw new Error(`${file}:${counter.linePos(error.pos[0]).line}: invalid YAML: ${error.message.split('\n')[0]}`);
  }
  const parsed = schema.safeParse(doc.toJS());
  if (parsed.success) return parsed.data;
  throw new Error(
    parsed.error.issues.map((issue) => `${where(file, doc, counter, issue.path)}: ${issue.path.map(String).join('.') || '(top)'}: ${issue.message}`).join('\n'),
  );
}
