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

export const Finding = z.object({
  ruleId: z.string(),
  severity: Severity,
  message: z.string(),
  excerpt: z.string(),
  location: Location,
  citations: z.array(Citation),
  fix: z.string(),
  docsUrl: z.string(),
  related: z.array(RelatedLocation).optional(),
});
export type Finding = z.infer<typeof Finding>;
