/// <reference types="vite/client" />

/** pdf.js's browser build; the linter types the slice it uses (PdfjsLike). */
declare module 'pdfjs-dist/build/pdf.mjs' {
  export const GlobalWorkerOptions: { workerSrc: string };
  export function getDocument(params: Record<string, unknown>): unknown;
}
