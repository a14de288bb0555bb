import { z } from 'zod';

/**
 * Every message between content scripts, the background and extension pages. Each side parses what
 * it receives with this schema and drops anything else: a page cannot forge a request the
 * extension would act on.
 */
export const Message = z.discriminatedUnion('type', [
  /** Content script -> background: findings on this tab (for the badge). */
  z.object({
    type: z.literal('findings'),
    count: z.number().int().nonnegative(),
    errors: z.number().int().nonnegative(),
  }),
  /** Content script -> background: open the draft checker on a document linked from the page. */
  z.object({ type: z.literal('check-document'), url: z.url({ protocol: /^https?$/ }) }),
  /** Popup -> background: run the generic adapter in this tab (activeTab). */
  z.object({ type: z.literal('check-tab'), tabId: z.number().int().nonnegative() }),
]);
export type Message = z.infer<typeof Message>;

/** The query string the draft checker is opened with for a linked document. */
export const CheckerQuery = z.object({ url: z.url({ protocol: /^https?$/ }) });
