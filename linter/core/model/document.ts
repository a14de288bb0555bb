import { z } from 'zod';

/** Where a passage sits in the original file. Text formats use line/column; PDF adds the page;
 * DOCX has no lines, so it names the paragraph or table row ("block"); OCDS names the notice. */
export const Location = z.object({
  line: z.number().int().positive().optional(),
  column: z.number().int().positive().optional(),
  endLine: z.number().int().positive().optional(),
  endColumn: z.number().int().positive().optional(),
  page: z.number().int().positive().optional(),
  /** The block's number in reading order, from 1 (table cells share their row's): set on every block's location. */
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

/** Why a part of a file could not be read (a broken line of JSON Lines); the file's other parts still are. */
export const FailedPart = z.object({ code: z.string(), message: z.string() });
export type FailedPart = z.infer<typeof FailedPart>;

/** Content the parser saw but did not read, so a clean report is not taken to cover it. */
export const UnreadPart = z.object({
  /** docx-altchunk: an embedded document (HTML, RTF, another DOCX) that Word shows inline and mammoth skips. */
  kind: z.enum(['docx-altchunk']),
  /** The zip part, e.g. "word/afchunk.htm". */
  part: z.string(),
});
export type UnreadPart = z.infer<typeof UnreadPart>;

/** Characters removed or folded before the text was read (linter/core/text/clean.ts), per kind. */
export const Normalised = z.object({
  /** Zero-width characters, word joiners and byte-order marks inside the text, removed. */
  invisible: z.number().int().nonnegative(),
  /** Bidirectional control characters (overrides, embeddings, isolates, marks), removed. */
  bidi: z.number().int().nonnegative(),
  /** Fullwidth, halfwidth and other compatibility forms (￡, １, ligatures), folded by NFKC. */
  fullwidth: z.number().int().nonnegative(),
  /** Cyrillic or Greek letters inside Latin words, read as the Latin letters they look like. */
  lookalikes: z.number().int().nonnegative(),
});
export type Normalised = z.infer<typeof Normalised>;

/**
 * What a PDF's text layer held, for rules and reports to read (notes are for people only). With
 * `normalised` (characters removed) and `unread` (parts not read), this is what a clean report did
 * not cover.
 */
export const TextLayer = z.object({
  /** The document as a whole has (almost) no text layer: under 20 characters a page, a scan. */
  missing: z.boolean(),
  /** Pages (1-based) with under 20 characters of text among pages with text; listed when two or more and at least a quarter of the pages. */
  textlessPages: z.array(z.number().int().positive()),
  /** Pages (1-based) pdf.js could not read at all. */
  unreadablePages: z.array(z.number().int().positive()),
});
export type TextLayer = z.infer<typeof TextLayer>;

export const TenderDocument = z.object({
  path: z.string(),
  format: DocumentFormat,
  blocks: z.array(Block),
  /** Facts stated in structured form by the source (front matter, OCDS fields, portal fields). */
  stated: z.record(z.string(), z.unknown()).default({}),
  /** For stated facts: the block that shows each one (an OCDS field, a portal page's labelled field). */
  fields: z.record(z.string(), z.number().int().nonnegative()).optional(),
  /** Sentences for people about what the parser noticed (a scanned page, an unsupported element); code reads the typed fields (textLayer, normalised, unread). */
  notes: z.array(z.string()).default([]),
  pages: z.number().int().optional(),
  /** PDF only: pages without text and pages that could not be read. */
  textLayer: TextLayer.optional(),
  /** Present when the text held invisible, bidi, fullwidth or look-alike characters: what was removed or folded. */
  normalised: Normalised.optional(),
  /** Content seen but not read (embedded documents), present when there is any. */
  unread: z.array(UnreadPart).optional(),
  /** Set on a stand-in for a part that could not be read: it has no blocks and is reported as an error entry. */
  failed: FailedPart.optional(),
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
      lots: z
        .array(
          z.object({
            id: z.string().optional(),
            title: z.string().optional(),
            sme: z.boolean().optional(),
            vcse: z.boolean().optional(),
          }),
        )
        .optional(),
      /** The competition is reserved (OCDS tender.otherRequirements.reservedParticipation): to whom, and where the notice says so. */
      reserved: z
        .object({ to: z.array(z.string()), field: z.string(), block: z.number().int().nonnegative().optional() })
        .optional(),
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
