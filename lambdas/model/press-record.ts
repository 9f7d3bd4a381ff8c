import * as z from 'zod';

/** `YYYY-MM-DD`, a real calendar day. */
export const IsoDate = z.iso.date();

export const DateMention = z.strictObject({
  /** The words in the text that name the date ("June 18", "on the same day"). */
  text: z.string().min(1),
  date: IsoDate,
});

export const Organization = z.strictObject({
  /** The fullest form of the name in the text. */
  name: z.string().min(1),
  /** Acronyms and short forms used in the text for the same organization. */
  aliases: z.array(z.string().min(1)),
});

export const Person = z.strictObject({
  /** Full name without title. */
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  /** The title the text gives the person ("Kazakh President"), when it gives one. */
  title: z.string().min(1).optional(),
});

export const Location = z.strictObject({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).optional(),
});

export const QuoteType = z.enum(['direct', 'indirect']);

export const Quote = z.strictObject({
  /** The `name` of a listed person or organization, or null when the text names no speaker. */
  speaker: z.string().min(1).nullable(),
  text: z.string().min(1),
  type: QuoteType,
});

export const AttendanceQualifier = z.enum(['exact', 'over', 'under', 'about', 'up-to']);

export const Attendance = z.strictObject({
  count: z.number().int().positive(),
  qualifier: AttendanceQualifier,
  /** The sentence or clause that states the count. */
  text: z.string().min(1),
});

/** The record contract: one per release (see ARCHITECTURE.md). Fields may be added, never renamed. */
export const PressRecord = z
  .strictObject({
    source: z.string().min(1),
    publishedDate: IsoDate.nullable(),
    dates: z.array(DateMention),
    organizations: z.array(Organization),
    people: z.array(Person),
    locations: z.array(Location),
    quotes: z.array(Quote),
    attendance: z.array(Attendance),
  })
  .superRefine((record, ctx) => {
    const speakers = new Set([
      ...record.people.map((p) => p.name),
      ...record.organizations.map((o) => o.name),
    ]);
    record.quotes.forEach((quote, index) => {
      if (quote.speaker !== null && !speakers.has(quote.speaker)) {
        ctx.addIssue({
          code: 'custom',
          path: ['quotes', index, 'speaker'],
          message: `speaker "${quote.speaker}" is not the name of a listed person or organization`,
        });
      }
    });
  });

/**
 * A record with nothing found: what a release without any field of interest gives.
 *
 * @example
 * emptyRecord('a.txt').people // []
 */
export function emptyRecord(source: string): PressRecord {
  return {
    source,
    publishedDate: null,
    dates: [],
    organizations: [],
    people: [],
    locations: [],
    quotes: [],
    attendance: [],
  };
}

export const ErrorCode = z.enum([
  'empty',
  'binary',
  'invalid-encoding',
  'too-large',
  'unsupported-type',
  'not-found',
  'read-failed',
  /** The extractor itself failed: a bug in Pressline, never a fault of the input. */
  'extract-failed',
]);

/** What a file that cannot be processed gives instead of a record. */
export const ExtractionError = z.strictObject({
  source: z.string().min(1),
  error: z.strictObject({ code: ErrorCode, message: z.string().min(1) }),
});

export type DateMention = z.infer<typeof DateMention>;
export type Organization = z.infer<typeof Organization>;
export type Person = z.infer<typeof Person>;
export type Location = z.infer<typeof Location>;
export type Quote = z.infer<typeof Quote>;
export type QuoteType = z.infer<typeof QuoteType>;
export type Attendance = z.infer<typeof Attendance>;
export type AttendanceQualifier = z.infer<typeof AttendanceQualifier>;
export type PressRecord = z.infer<typeof PressRecord>;
export type ErrorCode = z.infer<typeof ErrorCode>;
export type ExtractionError = z.infer<typeof ExtractionError>;
