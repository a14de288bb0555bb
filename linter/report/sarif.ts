import type { Finding, Severity } from '../core/model/finding.js';
import type { FileResult, Report } from '../core/model/report.js';
import { formatPlace } from './stylish.js';
import type { RuleDescriptor } from './rules-meta.js';

/**
 * SARIF 2.1.0, for GitHub code scanning and other SARIF viewers. Text formats (Markdown, HTML, text)
 * get a region with lines and columns. PDF and DOCX have no file lines: the region is line 1 (GitHub
 * requires a startLine), the message starts with the page or paragraph, and the location's
 * properties carry page / line on the page / block / heading.
 */

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * What the formatter cannot work out without the platform: the Node shell passes the baseline's
 * passage hash (node:crypto) and a file URI maker (node:path, node:url), so this module stays pure.
 */
export interface SarifOptions {
  version: string;
  rules: RuleDescriptor[];
  informationUri?: string;
  /** The passage's fingerprint: the same hash a baseline entry keeps, so the two agree. */
  fingerprint: (excerpt: string) => string;
  /** A report path (relative to the working directory, or absolute; OCDS adds "#ocid") as an artifact URI. */
  artifactUri: (path: string) => string;
}

const LINE_FORMATS = new Set(['markdown', 'html', 'text']);

function region(file: FileResult, f: Finding) {
  const l = f.location;
  if (!LINE_FORMATS.has(file.format ?? '') || l.line === undefined) return { startLine: 1 };
  return {
    startLine: l.line,
    ...(l.column !== undefined ? { startColumn: l.column } : {}),
    ...(l.endLine !== undefined ? { endLine: l.endLine } : {}),
    ...(l.endColumn !== undefined && (l.endLine === undefined || l.endLine >= l.line)
      ? { endColumn: l.endColumn }
      : {}),
    snippet: { text: f.excerpt },
  };
}

function placeProperties(file: FileResult, f: Finding): Record<string, unknown> | undefined {
  const l = f.location;
  const props: Record<string, unknown> = {};
  if (l.page !== undefined) props.page = l.page;
  if (!LINE_FORMATS.has(file.format ?? '') && l.line !== undefined) props.lineOnPage = l.line;
  if (l.block !== undefined) props.block = l.block;
  if (l.heading !== undefined) props.heading = l.heading;
  if (l.notice !== undefined) props.notice = l.notice;
  if (l.noticeNumber !== undefined) props.noticeNumber = l.noticeNumber;
  if (l.noticeUrl !== undefined) props.noticeUrl = l.noticeUrl;
  if (l.field !== undefined) props.field = l.field;
  return Object.keys(props).length ? props : undefined;
}

export function formatSarif(report: Report, options: SarifOptions): string {
  const index = new Map(options.rules.map((r, i) => [r.id, i]));
  const results = [];
  for (const file of report.files) {
    for (const f of file.findings) {
      const place = LINE_FORMATS.has(file.format ?? '') ? '' : `${formatPlace(f.location)}: `;
      const props = placeProperties(file, f);
      const i = index.get(f.ruleId);
      results.push({
        ruleId: f.ruleId,
        ...(i !== undefined ? { ruleIndex: i } : {}),
        level: LEVEL[f.severity],
        message: { text: `${place === '-: ' ? '' : place}${f.message}` },
        locations: [
          {
            physicalLocation: { artifactLocation: { uri: options.artifactUri(file.path) }, region: region(file, f) },
            ...(props ? { properties: props } : {}),
          },
        ],
        partialFingerprints: { 'tenderlint/excerpt/v1': options.fingerprint(f.excerpt) },
        properties: { excerpt: f.excerpt, fix: f.fix, ...(f.citations.length ? { citations: f.citations } : {}) },
      });
    }
  }
  const notifications = report.files
    .filter((f) => f.error)
    .map((f) => ({
      level: 'error' as const,
      message: { text: `${f.error!.message} (${f.error!.code})` },
      locations: [{ physicalLocation: { artifactLocation: { uri: options.artifactUri(f.path) } } }],
    }));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'tenderlint',
            version: options.version,
            semanticVersion: options.version,
            informationUri: options.informationUri ?? 'https://github.com/tenderlint/tenderlint',
            rules: options.rules.map((r) => ({
              id: r.id,
              name: r.id.replace(/(^|-)([a-z0-9])/g, (_, _d, c: string) => c.toUpperCase()),
              shortDescription: { text: r.description },
              fullDescription: { text: [r.description, r.rationale].filter(Boolean).join(' ') },
              helpUri: r.helpUri,
              ...(r.fix ? { help: { text: r.fix } } : {}),
              defaultConfiguration: { level: LEVEL[r.severity] },
            })),
          },
        },
        invocations: [
          {
            executionSuccessful: report.summary.failedFiles === 0,
            ...(notifications.length ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
