/**
 * Loads `content/support/*.yaml` (validated; an error names the file and the field). Keyed by
 * plan slug, then clause id; a plan without a file has no entry.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
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
    let data: unknown;
    try {
      data = parseYaml(readFileSync(join(dir, name), 'utf8'));
    } catch (error) {
      throw new Error(`${path}: cannot read YAML: ${(error as Error).message}`);
    }
    const parsed = supportEditorialSchema.safeParse(data);
    if (!parsed.success) {
      throw new Error(parsed.error.issues.map((issue) => `${path}: ${issue.path.join('.') || '(file)'}: ${issue.message}`).join('\n'));
    }
    const slug = name.replace(/\.yaml$/u, '');
    if (parsed.data.plan !== slug) throw new Error(`${path}: plan: “${parsed.data.plan}” must equal the file name (${slug})`);
    bySlug.set(slug, parsed.data);
  }
  return bySlug;
}
