import { z } from 'zod';

const httpUrl = z.url({ protocol: /^https?$/ });

/**
 * Every message between content scripts, the background and extension pages. Each side parses what
 * it receives with this schema and drops anything else: a page cannot forge a request the
 * extension would act on.
 */
export const Message = z.discriminatedUnion('type', [
  /** Content script -> background: findings on this tab (for the badge and the popup), or that the site is off. */
  z.object({
    type: z.literal('findings'),
    count: z.number().int().nonnegative(),
    errors: z.number().int().nonnegative(),
    off: z.boolean().optional(),
  }),
  /** Content script -> background: open the draft checker on a document linked from the page. */
  z.object({ type: z.literal('check-document'), url: httpUrl }),
  /** Popup -> background: run the generic adapter in this tab (activeTab). */
  z.object({ type: z.literal('check-tab'), tabId: z.number().int().nonnegative() }),
]);
export type Message = z.infer<typeof Message>;

/** What the background keeps per tab in storage.session, for the popup. */
export const TabState = z.object({
  count: z.number().int().nonnegative(),
  errors: z.number().int().nonnegative(),
  off: z.boolean(),
  host: z.string(),
});
export type TabState = z.infer<typeof TabState>;

/**
 * The query string the draft checker is opened with for a linked document: the document's URL and
 * the page it was linked from (set by the background from the sender's tab, never by the page).
 */
export const CheckerQuery = z.object({ url: httpUrl, from: httpUrl.optional() });
export type CheckerQuery = z.infer<typeof CheckerQuery>;
