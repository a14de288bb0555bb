import type { Report } from '../core/model/report.js';
import { formatPlace } from './stylish.js';

/**
 * JUnit XML, for CI systems that show test reports: one test suite per file, one failing test case
 * per error or warning (info findings are passing cases with the message as output), an error case
 * for a file that could not be read, and one passing case for a clean file.
 */

export function escapeXml(s: string): string {
  // Characters XML 1.0 cannot carry at all are dropped.
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function formatJunit(report: Report): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  const suites: string[] = [];
  for (const file of report.files) {
    const cases: string[] = [];
    let f = 0;
    let e = 0;
    const name = escapeXml(file.path);
    if (file.error) {
      e++;
      cases.push(
        `    <testcase name="${escapeXml(`read ${file.path}`)}" classname="${name}">\n      <error type="${escapeXml(file.error.code)}" message="${escapeXml(file.error.message)}"/>\n    </testcase>`,
      );
    } else if (file.findings.length === 0) {
      cases.push(`    <testcase name="no problems" classname="${name}"/>`);
    }
    for (const x of file.findings) {
      const caseName = escapeXml(`${x.ruleId} at ${formatPlace(x.location)}`);
      const body = escapeXml([x.message, `Excerpt: ${x.excerpt}`, `Fix: ${x.fix}`, `Docs: ${x.docsUrl}`].join('\n'));
      if (x.severity === 'info') {
        cases.push(
          `    <testcase name="${caseName}" classname="${name}">\n      <system-out>${body}</system-out>\n    </testcase>`,
        );
      } else {
        f++;
        cases.push(
          `    <testcase name="${caseName}" classname="${name}">\n      <failure type="${x.severity}" message="${escapeXml(x.message)}">${body}</failure>\n    </testcase>`,
        );
      }
    }
    tests += cases.length;
    failures += f;
    errors += e;
    suites.push(
      `  <testsuite name="${name}" tests="${cases.length}" failures="${f}" errors="${e}">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  out.push(
    `<testsuites name="tenderlint" tests="${tests}" failures="${failures}" errors="${errors}">`,
    ...suites,
    '</testsuites>',
  );
  return out.join('\n') + '\n';
}
