import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { highlight } from '../../extension/ui/highlight.js';
import { Message } from '../../extension/lib/messages.js';

function dom(body: string) {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${body}</body></html>`);
  return document;
}
const make = (doc: Document) => () => {
  const m = doc.createElement('mark');
  m.setAttribute('data-tenderlint-rule', 'turnover-multiple');
  return m;
};
const never = () => false;

describe('highlight', () => {
  it('wraps exactly the passage, across inline elements and folded white space', () => {
    const doc = dom('<p id="p">Intro. Bidders <b>must</b> have   a turnover\n of £2m. After.</p>');
    const p = doc.getElementById('p')!;
    const marks = highlight(p, 'Bidders must have a turnover of £2m.', make(doc), never);
    expect(marks.map((m) => m.textContent).join('')).toBe('Bidders must have   a turnover\n of £2m.');
    expect(marks).toHaveLength(3);
    expect(p.textContent).toBe('Intro. Bidders must have   a turnover\n of £2m. After.');
    expect(p.querySelector('b')!.firstChild!.nodeName).toBe('MARK');
  });

  it('keeps text that looks like markup as text', () => {
    const doc = dom('<p id="p">Turnover of £2,000,000 &lt;img src=x onerror=alert(1)&gt; each year.</p>');
    const p = doc.getElementById('p')!;
    const marks = highlight(p, 'Turnover of £2,000,000 <img src=x onerror=alert(1)> each year.', make(doc), never);
    expect(marks.map((m) => m.textContent).join('')).toBe(
      'Turnover of £2,000,000 <img src=x onerror=alert(1)> each year.',
    );
    expect(p.querySelectorAll('img')).toHaveLength(0);
    for (const m of marks) {
      expect(m.childNodes).toHaveLength(1);
      expect(m.firstChild!.nodeType).toBe(3);
    }
  });

  it('falls back to the whole element when the passage is not there', () => {
    const doc = dom('<p id="p">Something else entirely.</p>');
    const marks = highlight(doc.getElementById('p')!, 'Not on this page at all.', make(doc), never);
    expect(marks.map((m) => m.textContent).join('')).toBe('Something else entirely.');
  });
});

describe('messages are validated', () => {
  it('accepts the known shapes and refuses anything else', () => {
    expect(Message.safeParse({ type: 'findings', count: 3, errors: 1 }).success).toBe(true);
    expect(
      Message.safeParse({ type: 'check-document', url: 'https://www.find-tender.service.gov.uk/a.pdf' }).success,
    ).toBe(true);
    expect(Message.safeParse({ type: 'check-document', url: 'javascript:alert(1)' }).success).toBe(false);
    expect(Message.safeParse({ type: 'check-document', url: 'file:///etc/passwd' }).success).toBe(false);
    expect(Message.safeParse({ type: 'check-tab', tabId: '3' }).success).toBe(false);
    expect(Message.safeParse({ type: 'eval', code: '1' }).success).toBe(false);
  });
});
