import type { TenderDocument } from '../../linter/core/model/document.js';
import type { StatedFacts } from '../../linter/core/model/facts.js';

/** A labelled field on a notice page: the label's text and the element that shows the value. */
export interface FieldPair {
  label: string;
  value: Element;
}

/**
 * What a portal adapter knows about its portal's notice pages. Adding a portal means writing one of
 * these (a root, the labelled fields, the notice's id) and a three-line content script.
 */
export interface PortalAdapter {
  id: string;
  name: string;
  /** The notice's own content; site header, navigation and footer are left out. */
  root(doc: Document): Element;
  fields(root: Element): FieldPair[];
  notice(doc: Document, url: URL | undefined): { id: string; title?: string; buyer?: string };
}

/** A page read into the linter's terms, with the way back from each block to the DOM. */
export interface PageRead {
  doc: TenderDocument;
  stated: StatedFacts;
  /** Block index -> the element whose text the block is. */
  nodes: Element[];
  /** Links to PDF or DOCX documents on the page. */
  documents: HTMLAnchorElement[];
}
