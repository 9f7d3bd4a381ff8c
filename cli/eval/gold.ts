import * as z from 'zod';
import { AttendanceQualifier, IsoDate, QuoteType } from '../../lambdas/model/press-record.ts';

const NamedEntity = z.object({ name: z.string().min(1), aliases: z.array(z.string()).default([]) });

/** A gold annotation file (`<id>.gold.json` or `<id>.expected.json`), as corpus/GUIDELINES.md defines it. */
export const GoldRecord = z.object({
  id: z.string().min(1),
  source: z.string(),
  publishedDate: IsoDate.nullable(),
  organizations: z.array(NamedEntity),
  people: z.array(NamedEntity),
  locations: z.array(NamedEntity),
  dates: z.array(IsoDate),
  quotes: z.array(
    z.object({ speaker: z.string().min(1).nullable(), text: z.string().min(1), type: QuoteType }),
  ),
  attendance: z.array(
    z.object({ count: z.number().int().positive(), qualifier: AttendanceQualifier, text: z.string() }),
  ),
  notes: z.string().optional(),
});

export type GoldRecord = z.infer<typeof GoldRecord>;
