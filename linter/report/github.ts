import type { Severity } from '../core/model/finding.js';
import type { Report } from '../core/model/report.js';
import { formatPlace } from './stylish.js';

/**
 * GitHub Actions workflow commands: one `::error file=F,line=L,col=C,title=RULE::message` per
 * finding, which GitHub shows as annotations on the pull request's changed lines.
 */

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** The message part: %, CR and LF are escaped (GitHub's toolkit escapeData). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: also ":" and "," (GitHub's toolkit escapeProperty). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const LINE_FORMATS = new Set(['markdown', 'html', 'text']);

export function formatGithub(report: Report): string {
  const out: string[] = [];
  for (const file of report.files) {
    const path = file.path.replace(/#.*$/, '');
    if (file.error) {
      out.push(
        `::error file=${escapeProperty(path)},title=${escapeProperty(`tenderlint: ${file.error.code}`)}::${escapeData(file.error.message)}`,
      );
      continue;
    }
    for (const f of file.findings) {
      const l = f.location;
      const props = [`file=${escapeProperty(path)}`];
      const lines = LINE_FORMATS.has(file.format ?? '') && l.line !== undefined;
      if (lines) {
        props.push(`line=${l.line}`);
        if (l.column !== undefined) props.push(`col=${l.column}`);
        if (l.endLine !== undefined) props.push(`endLine=${l.endLine}`);
        if (l.endColumn !== undefined && (l.endLine === undefined || l.endLine === l.line))
          props.push(`endColumn=${l.endColumn}`);
      }
      props.push(`title=${escapeProperty(f.ruleId)}`);
      // PDF and DOCX have no file lines: the page or paragraph goes in the message.
      const place = lines ? '' : `${formatPlace(l)}: `;
      out.push(
        `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(`${place === '-: ' ? '' : place}${f.message}`)}`,
      );
    }
  }
  return out.length ? out.join('\n') + '\n' : '';
}
