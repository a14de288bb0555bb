/**
 * Where the PDF parser gets pdf.js from. A module of its own so the extension can register its
 * bundled copy without importing the parser itself, which then stays in a chunk loaded on first PDF.
 */

/** The slice of pdfjs-dist the PDF parser uses; typed here so the browser can pass its own bundled copy. */
export interface PdfjsLike {
  getDocument(params: Record<string, unknown>): { promise: Promise<PdfDoc>; destroy(): Promise<void> };
}
export interface PdfDoc {
  numPages: number;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }>; cleanup(): void }>;
  destroy(): Promise<void>;
}

let loader: () => Promise<PdfjsLike> = async () => await import('pdfjs-dist/legacy/build/pdf.mjs');

/** The extension bundles pdf.js with its worker and registers it here. */
export function setPdfjsLoader(next: () => Promise<PdfjsLike>): void {
  loader = next;
}

export function loadPdfjs(): Promise<PdfjsLike> {
  return loader();
}
