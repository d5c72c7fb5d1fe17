/**
 * Loads `content/support/*.yaml` (validated; an error names the file and the field). Keyed by
 * plan slug, then clause id; a plan without a file has no entry.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readYamlData } from '../editorial/read-yaml.ts';
import { supportEditorialSchema, type SupportEditorial } from './editorial-schema.ts';

export const SUPPORT_CONTENT_DIR = 'content/support';

export function loadSupportEditorial(root = process.cwd()): Map<string, SupportEditorial> {
  const dir = join(root, SUPPORT_CONTENT_DIR);
  const bySlug = new Map<string, SupportEditorial>();
  if (!existsSync(dir)) return bySlug;
  for (const name of readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .sort()) {
    const path = `${SUPPORT_CONTENT_DIR}/${name}`;
    const data = readYamlData(root, path, supportEditorialSchema);
    const slug = name.replace(/\.yaml$/u, '');
    if (data.plan !== slug) throw new Error(`${path}: plan: “${data.plan}” must equal the file name (${slug})`);
    bySlug.set(slug, data);
  }
  return bySlug;
}
