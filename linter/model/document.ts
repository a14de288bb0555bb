import { z } from 'zod';

/** Where a passage sits in the original file. Text formats use line/column; PDF adds the page;
 * DOCX has no lines, so it names the paragraph or table row ("block"); OCDS names the notice. */
export const Location = z.object({
  line: z.number().int().positive().optional(),
  column: z.number().int().positive().optional(),
  endLine: z.number().int().positive().optional(),
  endColumn: z.number().int().positive().optional(),
  page: z.number().int().positive().optional(),
  block: z.number().int().positive().optional(),
  /** The notice's OCID (OCDS input). */
  notice: z.string().optional(),
  /** The number people look the notice up by: on Find a Tender the release id ("012345-2025"), on Contracts Finder its GUID, on PCS and Sell2Wales the ID in the notice URL. */
  noticeNumber: z.string().optional(),
  /** The notice's page on its portal. */
  noticeUrl: z.string().optional(),
  field: z.string().optional(),
  /** The heading the passage sits under, for formats without lines (DOCX). */
  heading: z.string().optional(),
});
export type Location = z.infer<typeof Location>;

export const BlockKind = z.enum(['heading', 'paragraph', 'list-item', 'table-row', 'table-cell']);
export type BlockKind = z.infer<typeof BlockKind>;

/** Maps an offset in a block's text back to the source: the text from `at` onwards starts at `loc`. */
export const Segment = z.object({ at: z.number().int().nonnegative(), loc: Location });
export type Segment = z.infer<typeof Segment>;

export const Block = z.object({
  index: z.number().int().nonnegative(),
  kind: BlockKind,
  /** Heading level for headings (1-6). */
  depth: z.number().int().optional(),
  text: z.string(),
  headingPath: z.array(z.string()),
  location: Location,
  segments: z.array(Segment).optional(),
  /** For table cells: the index of the row block they belong to. */
  row: z.number().int().nonnegative().optional(),
});
export type Block = z.infer<typeof Block>;

export const DocumentFormat = z.enum(['markdown', 'docx', 'pdf', 'html', 'text', 'ocds']);
export type DocumentFormat = z.infer<typeof DocumentFormat>;

/** An HTML comment in the source (Markdown or HTML), kept for suppression directives. */
export const SourceComment = z.object({
  /** The comment's text between `<!--` and `-->`. */
  text: z.string(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  endLine: z.number().int().positive(),
});
export type SourceComment = z.infer<typeof SourceComment>;

export const TenderDocument = z.object({
  path: z.string(),
  format: DocumentFormat,
  blocks: z.array(Block),
  /** Facts stated in structured form by the source (front matter, OCDS fields, portal fields). */
  stated: z.record(z.string(), z.unknown()).default({}),
  /** For stated facts: the block that shows each one (an OCDS field, a portal page's labelled field). */
  fields: z.record(z.string(), z.number().int().nonnegative()).optional(),
  /** Things the parser noticed that a user should know (a scanned page, an unsupported element). */
  notes: z.array(z.string()).default([]),
  pages: z.number().int().optional(),
  /** HTML comments with their lines (Markdown and HTML input), for suppression directives. */
  comments: z.array(SourceComment).optional(),
  /** For a published notice (OCDS, a portal page): which notice, whose, and where to read it. */
  notice: z
    .object({
      id: z.string(),
      /** See Location.noticeNumber. */
      number: z.string().optional(),
      buyer: z.string().optional(),
      title: z.string().optional(),
      url: z.string().optional(),
      /** Whether the buyer marked the notice suitable for small businesses / voluntary organisations (OCDS tender.suitability). */
      suitability: z.object({ sme: z.boolean().optional(), vcse: z.boolean().optional() }).optional(),
      /** Each lot's own suitability marking (OCDS tender.lots[].suitability), in lot order. */
      lots: z.array(z.object({ id: z.string().optional(), title: z.string().optional(), sme: z.boolean().optional(), vcse: z.boolean().optional() })).optional(),
      /** The competition is reserved (OCDS tender.otherRequirements.reservedParticipation): to whom, and where the notice says so. */
      reserved: z.object({ to: z.array(z.string()), field: z.string(), block: z.number().int().nonnegative().optional() }).optional(),
      /** Dates (ISO) of the planning notices published for this procurement (planned procurement or prior information notices). */
      plannedNotices: z.array(z.string()).optional(),
      /** CPV codes of the notice's items and classification. */
      cpv: z.array(z.string()).optional(),
      /** The buyer's address region as the notice gives it (a NUTS or ITL code, "UKM75"). */
      region: z.string().optional(),
    })
    .optional(),
});
export type TenderDocument = z.infer<typeof TenderDocument>;
