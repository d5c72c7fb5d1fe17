/**
 * The reviewed agency data in `content/agencies/`: which written forms are one agency, and
 * the full names the plan texts state (with where they state them).
 */
import { z } from 'astro/zod';
import { readYamlData } from '../editorial/read-yaml.ts';

const planSlug = z.string().regex(/^\d{4}-[a-z0-9-]+$/u, 'a plan slug such as 2023-baoshan-synbio');
/** A district as plans write it (宝山区, 浦东新区). */
const district = z.string().regex(/^\p{Script=Han}{1,4}(?:区|新区)$/u, 'a district name such as 宝山区');

export const variantSchema = z.object({
  /** The district whose plans write these forms. */
  district,
  /** The canonical short name shown on pages (`区发展改革委`). */
  name: z.string().min(2),
  /** Other forms the plans write for the same body (`区发展改革委（区金融服务办）`). */
  variants: z.array(z.string().min(2)).min(1),
  /** Why these forms are one body, citing the text. */
  reason: z.string().min(10),
});

/** A line of a plan's seed and words that stand on it. */
export const citedLineSchema = z.object({
  /** 1-based line of the seed file. */
  line: z.number().int().positive(),
  /** Words that stand on that line exactly as in the seed. */
  quote: z.string().min(2),
});

export const fullNameSchema = z.object({
  /** The agency's district. */
  district,
  /** The canonical short name, as in the plans' 责任单位 lists. */
  name: z.string().min(2),
  /** The full name, exactly as a plan text writes it. */
  fullName: z.string().min(4),
  /** Where a plan states the full name. */
  source: citedLineSchema.extend({
    /** The plan whose text states it. */
    plan: planSlug,
    /** How the text ties the short name to the full one, for readers. */
    note: z.string().min(10),
  }),
  /** Further lines of the same plan that tie the short name to the full one. */
  evidence: z.array(citedLineSchema).default([]),
});

export type VariantEntry = z.infer<typeof variantSchema>;
export type FullNameEntry = z.infer<typeof fullNameSchema>;

export interface AgencyEditorial {
  variants: VariantEntry[];
  fullNames: FullNameEntry[];
}

export const VARIANTS_FILE = 'content/agencies/variants.yaml';
export const FULL_NAMES_FILE = 'content/agencies/full-names.yaml';

/** Both files, validated; errors name the file and line. */
export function loadAgencyEditorial(root = process.cwd()): AgencyEditorial {
  const { variants } = readYamlData(root, VARIANTS_FILE, z.object({ variants: z.array(variantSchema) }));
  const { fullNames } = readYamlData(root, FULL_NAMES_FILE, z.object({ fullNames: z.array(fullNameSchema) }));
  const problems: string[] = [];
  const forms = new Map<string, string>();
  for (const entry of variants) {
    for (const form of [entry.name, ...entry.variants]) {
      const key = `${entry.district} ${form}`;
      if (forms.has(key)) problems.push(`${VARIANTS_FILE}: ${key} is listed under both ${forms.get(key)} and ${entry.name}`);
      forms.set(key, entry.name);
    }
  }
  const named = new Set<string>();
  for (const entry of fullNames) {
    const key = `${entry.district} ${entry.name}`;
    if (named.has(key)) problems.push(`${FULL_NAMES_FILE}: ${key} has two full names`);
    if (forms.has(key) && forms.get(key) !== entry.name)
      problems.push(`${FULL_NAMES_FILE}: ${key} is a variant of ${forms.get(key)}; give the full name there`);
    named.add(key);
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return { variants, fullNames };
}
