// The facts are one module each in facts/; this name stays for the code that imported it from here
// (the extension's facts view), so it keeps building while it moves to facts/index.js.
export {
  extractFacts,
  annualOf,
  totalOf,
  formatMonths,
  termDerivation,
  PA23_COMMENCEMENT,
  type ExtractOptions,
} from './facts/index.js';
