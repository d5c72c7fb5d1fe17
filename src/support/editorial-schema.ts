/**
 * The support finder's editorial data (`content/support/<plan-slug>.yaml`), written by people
 * and never touched by `npm run convert`: a one-line description per measure, the terms that
 * tie it to its clause, and reviewed corrections of the classifier. A plan without a file
 * simply has no editorial data (its measures show their heading instead of a description).
 */
import { z } from 'astro/zod';
import { SUPPORT_TYPES } from './types.ts';
import { clauseIdPattern } from '../schemas/plan.ts';

const clauseId = z.string().regex(clauseIdPattern, 'a clause id such as s3-6');

export const measureNoteSchema = z
  .object({
    /** One plain sentence saying what the clause offers, in the reader's words; no amount or fact the clause does not state. */
    summary: z.string().min(8).max(80),
    /** Words of the clause (verbatim) the summary rests on; a test checks each occurs in the clause text. */
    terms: z.array(z.string().min(2)).min(1),
    /** Reviewed types replacing the classifier's, when a reading of the clause disagrees with it. */
    types: z.array(z.enum(SUPPORT_TYPES)).min(1).optional(),
    /** Why `types` differs from the classifier (required with `types`). */
    reason: z.string().min(4).optional(),
  })
  .strict()
  .refine((note) => !note.types || note.reason, { message: 'types needs a reason' });

export const supportEditorialSchema = z
  .object({
    /** The plan these notes belong to; must equal the file name. */
    plan: z.string().regex(/^\d{4}-[a-z0-9-]+$/u),
    /** Notes per measure, keyed by clause id. */
    measures: z.record(clauseId, measureNoteSchema),
    /** Clauses the classifier lists that a reading found offer nothing, each with the reason. */
    excluded: z.record(clauseId, z.string().min(4)).default({}),
    /** Clauses the classifier misses that a reading found to be measures (their note is in `measures`). */
    included: z.array(clauseId).default([]),
  })
  .strict();

export type SupportEditorial = z.infer<typeof supportEditorialSchema>;
