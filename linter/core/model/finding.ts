import { z } from 'zod';
import { Location } from './document.js';

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

export const Citation = z.object({
  title: z.string(),
  section: z.string().optional(),
  url: z.url(),
  /** Law binds; policy and good practice only guide. A finding must say which it rests on. */
  kind: z.enum(['law', 'policy', 'guidance', 'benchmark']),
});
export type Citation = z.infer<typeof Citation>;

export const RelatedLocation = z.object({ message: z.string(), excerpt: z.string().optional(), location: Location });

/**
 * A finding's numbers as data (ESLint's message data): what reports, the portfolio and the extension
 * read instead of parsing the message or judging again. Keys are documented per rule.
 */
export const FindingData = z.record(z.string(), z.union([z.number(), z.string(), z.boolean()]));
export type FindingData = z.infer<typeof FindingData>;

export const Finding = z.object({
  ruleId: z.string(),
  /** Which kind of finding of its rule this is (the rule's meta.messages key). */
  messageId: z.string(),
  /** The rule's human title, from its metadata. */
  title: z.string(),
  severity: Severity,
  message: z.string(),
  excerpt: z.string(),
  location: Location,
  citations: z.array(Citation),
  fix: z.string(),
  docsUrl: z.string(),
  related: z.array(RelatedLocation).optional(),
  data: FindingData,
});
export type Finding = z.infer<typeof Finding>;
