import { z } from 'zod';
import { DocumentFormat, Normalised, TextLayer, UnreadPart } from './document.js';
import { Facts } from './facts.js';
import { Finding } from './finding.js';
import { Requirement } from './requirement.js';

export const FileError = z.object({ code: z.string(), message: z.string() });
export type FileError = z.infer<typeof FileError>;

export const FileResult = z.object({
  path: z.string(),
  format: DocumentFormat.nullable(),
  facts: Facts.nullable(),
  findings: z.array(Finding),
  /** What the document demands of bidders (conditions of participation), as the clause analysis read them. */
  requirements: z.array(Requirement).optional(),
  /** Sentences for people (what the parser noticed, options that were not valid); scripts read the typed fields beside them. */
  notes: z.array(z.string()).optional(),
  /** PDF only, present when some of it was not read: no text layer at all, pages without text, pages that could not be read. */
  textLayer: TextLayer.optional(),
  /**
   * Present when the file's text held characters that change what is read without changing what is
   * seen (zero-width, bidi controls, fullwidth forms, Cyrillic or Greek look-alikes): how many of each
   * were removed or folded before linting. Often innocent (text pasted from web portals); a large
   * count can mean text written to slip past a checker.
   */
  normalised: Normalised.optional(),
  /** Content the parser saw but did not read (an embedded altChunk document), present when there is any. */
  unread: z.array(UnreadPart).optional(),
  error: FileError.nullable(),
  /** Why the file was looked at but not linted (a JSON file reached by a directory walk that is not OCDS). */
  skipped: z.string().optional(),
  /** Findings dropped by inline suppression comments (present when any were). */
  suppressed: z.number().int().optional(),
  /** Findings accepted by the --baseline file (present when any were). */
  baselined: z.number().int().optional(),
});
export type FileResult = z.infer<typeof FileResult>;

/** The JSON output (`--format json`): stable, versioned, parsed by CI tools and scripts. */
export const Report = z.object({
  version: z.literal(1),
  files: z.array(FileResult),
  summary: z.object({
    files: z.number().int(),
    /** Files skipped (see FileResult.skipped); not counted in `files`. */
    skipped: z.number().int().optional(),
    errors: z.number().int(),
    warnings: z.number().int(),
    infos: z.number().int(),
    failedFiles: z.number().int(),
    suppressed: z.number().int().optional(),
    baselined: z.number().int().optional(),
  }),
});
export type Report = z.infer<typeof Report>;

export function summarise(files: FileResult[]): Report['summary'] {
  const count = (s: string) => files.reduce((n, f) => n + f.findings.filter((x) => x.severity === s).length, 0);
  const skipped = files.filter((f) => f.skipped).length;
  return {
    files: files.length - skipped,
    ...optionalCount('skipped', skipped),
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
    failedFiles: files.filter((f) => f.error).length,
    ...optionalCount(
      'suppressed',
      files.reduce((n, f) => n + (f.suppressed ?? 0), 0),
    ),
    ...optionalCount(
      'baselined',
      files.reduce((n, f) => n + (f.baselined ?? 0), 0),
    ),
  };
}

function optionalCount<K extends string>(key: K, n: number): Partial<Record<K, number>> {
  return n > 0 ? ({ [key]: n } as Record<K, number>) : {};
}
