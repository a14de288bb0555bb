#!/usr/bin/env node
// Hostile inputs against the built CLI (`npm run hostile`, after `npm run build`): the attacks of
// issue 16, made here in a temporary folder, each run with the limits it is given. For each: the exit
// code, the wall time and the peak resident memory of the whole process tree (the CLI and its parse
// children, sampled from /proc every 25 ms), and whether it stayed within its limits and did what
// it should. Bounded: every run is killed, with its children, at its own deadline.
// Usage: node scripts/hostile.mjs [--only NAME] [--json FILE]
import { execFileSync, spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(root, 'bin/tenderlint.js');
if (!existsSync(join(root, 'dist/linter/node/cli.js'))) {
  console.error('hostile: run `npm run build` first');
  process.exit(2);
}
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;

/** Memory the CLI process itself may use beside the parse child (node, the rules, the report). */
const CLI_BUDGET_MB = 320;
const SAMPLE_MS = 25;

const dir = mkdtempSync(join(tmpdir(), 'tenderlint-hostile-'));
const put = (name, data) => {
  const p = join(dir, name);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, data);
  return p;
};

const TURNOVER = (turnover = 'turnover', value = '£100,000') =>
  `# Cleaning services\n\nThe estimated total value of the contract is ${value} over one year.\n\nBidders must have a minimum annual ${turnover} of £1,200,000.\n`;

/** A one-page PDF whose content stream inflates to `mb` megabytes of spaces: 1.5 MB on disk for 1.5 GB. */
function pdfBomb(mb) {
  const body = deflateSync(Buffer.alloc(mb * 1024 * 1024, 0x20), { level: 9 });
  const parts = [];
  const offsets = [];
  let length = 0;
  const push = (b) => {
    const buf = typeof b === 'string' ? Buffer.from(b, 'latin1') : b;
    parts.push(buf);
    length += buf.length;
  };
  push('%PDF-1.4\n');
  const obj = (n, s, stream) => {
    offsets[n] = length;
    push(`${n} 0 obj\n${s}\n`);
    if (stream) push(Buffer.concat([Buffer.from('stream\n'), stream, Buffer.from('\nendstream\n')]));
    push('endobj\n');
  };
  obj(1, '<< /Type /Catalog /Pages 2 0 R >>');
  obj(2, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  obj(3, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>');
  obj(4, `<< /Length ${body.length} /Filter /FlateDecode >>`, body);
  const xref = length;
  push(
    `xref\n0 5\n0000000000 65535 f \n${[1, 2, 3, 4].map((n) => `${String(offsets[n]).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`,
  );
  return Buffer.concat(parts);
}

/** A DOCX whose document.xml holds `paragraphs` empty paragraphs, stored deflated (a few KB per 100,000). */
async function docxOfParagraphs(paragraphs) {
  const { default: JSZip } = await import('jszip');
  const src = await JSZip.loadAsync(readFileSync(join(root, 'fixtures/tenders/council-community-transport-pqq.docx')));
  const xml = await src.file('word/document.xml').async('string');
  src.file('word/document.xml', xml.replace('<w:body>', `<w:body>${'<w:p/>'.repeat(paragraphs)}`));
  return src.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

function jsonl(n, brokenAt) {
  const lines = [];
  for (let i = 1; i <= n; i++) {
    lines.push(
      i === brokenAt
        ? '{"ocid": "ocds-x", "tender": {"title": "cut'
        : JSON.stringify({
            ocid: `ocds-${i}`,
            id: `r${i}`,
            tender: {
              title: `Notice ${i}`,
              description: 'Bidders must have a minimum annual turnover of £1,000,000.',
              value: { amount: 150000, currency: 'GBP' },
            },
          }),
    );
  }
  return lines.join('\n') + '\n';
}

const json = (r) => {
  try {
    return JSON.parse(r.stdout);
  } catch {
    return undefined;
  }
};
const fileError = (r, i = 0) => json(r)?.files?.[i]?.error?.code;

/**
 * Each attack: files it needs, the CLI arguments, the limits it is run with, and what must hold.
 * `check` returns undefined when the outcome is right, or what is wrong.
 */
const attacks = [
  {
    name: 'extends: symlink to /dev/zero',
    setup: () => (
      symlinkSync('/dev/zero', join(dir, 'zero.json')),
      put('c-zero.json', JSON.stringify({ extends: ['./zero.json'] })),
      put('a.md', TURNOVER())
    ),
    args: ['--config', 'c-zero.json', 'a.md'],
    check: (r) => (r.code === 2 && r.stderr.includes('a device') ? undefined : 'not refused'),
  },
  {
    name: 'extends: a FIFO',
    setup: () => (
      execFileSync('mkfifo', [join(dir, 'fifo.json')]),
      put('c-fifo.json', JSON.stringify({ extends: './fifo.json' }))
    ),
    args: ['--config', 'c-fifo.json', 'a.md'],
    check: (r) => (r.code === 2 && r.stderr.includes('a named pipe') ? undefined : 'not refused'),
  },
  {
    name: 'extends: /etc/passwd (no contents printed)',
    setup: () => put('c-passwd.json', JSON.stringify({ extends: '/etc/passwd' })),
    args: ['--config', 'c-passwd.json', 'a.md'],
    check: (r) => (r.code === 2 && !r.stderr.includes('root:') ? undefined : 'printed the file'),
  },
  {
    name: 'extends: diamond 2^24',
    setup: () => {
      for (let i = 0; i < 24; i++)
        put(`d/d${i}.json`, JSON.stringify({ extends: [`./d${i + 1}.json`, `./d${i + 1}.json`] }));
      put('d/d24.json', '{}');
    },
    args: ['--config', 'd/d0.json', 'a.md'],
    check: (r) => (r.code === 1 ? undefined : `exit ${r.code}`),
  },
  {
    name: 'override glob: 20 x "*a" then "x"',
    setup: () => (
      put('g1/tenderlint.config.json', JSON.stringify({ overrides: [{ files: [`${'*a'.repeat(20)}x`], rules: {} }] })),
      put(`g1/${'a'.repeat(40)}.md`, TURNOVER())
    ),
    args: ['g1'],
    check: (r) => (r.code === 2 && r.stderr.includes('overrides.0.files.0') ? undefined : 'not a config error'),
  },
  {
    name: 'override glob: 50,000 "*"',
    setup: () => (
      put('g2/tenderlint.config.json', JSON.stringify({ overrides: [{ files: ['*'.repeat(50_000)], rules: {} }] })),
      put('g2/a.md', TURNOVER())
    ),
    args: ['g2'],
    check: (r) =>
      r.code === 2 && r.stderr.includes('overrides.0.files.0') && !r.stderr.includes('internal error')
        ? undefined
        : 'not a config error',
  },
  {
    name: 'override glob: extglob +(*a)+(*a)x',
    setup: () => (
      put('g3/tenderlint.config.json', JSON.stringify({ overrides: [{ files: ['+(*a)+(*a)x'], rules: {} }] })),
      put('g3/a.md', TURNOVER())
    ),
    args: ['g3'],
    check: (r) => (r.code === 2 && r.stderr.includes('extglob') ? undefined : 'not refused'),
  },
  {
    name: '.tenderlintignore: a FIFO',
    setup: () => (
      mkdirSync(join(dir, 'ig')),
      execFileSync('mkfifo', [join(dir, 'ig/.tenderlintignore')]),
      put('ig/a.md', TURNOVER())
    ),
    args: ['.'],
    cwd: 'ig',
    check: (r) => (r.code === 2 && r.stderr.includes('a named pipe') ? undefined : 'not refused'),
  },
  {
    name: '.tenderlintignore: 20 x "*a" then "x"',
    setup: () => (put('ig2/.tenderlintignore', `${'*a'.repeat(20)}x\n`), put('ig2/a.md', TURNOVER())),
    args: ['.'],
    cwd: 'ig2',
    check: (r) => (r.code === 2 && r.stderr.includes('line 1') ? undefined : 'not refused'),
  },
  {
    name: 'PDF stream bomb (1.5 GB inflated), --max-memory 256',
    setup: () => put('bomb.pdf', pdfBomb(1536)),
    args: ['-f', 'json', 'bomb.pdf'],
    limits: { timeout: 60, memory: 256 },
    check: (r) =>
      ['out-of-memory', 'timeout'].includes(fileError(r)) || (r.code <= 1 && json(r))
        ? undefined
        : `exit ${r.code} ${fileError(r)}`,
  },
  {
    name: 'Markdown: 1. x 20,000 nested (60 KB), --timeout 5',
    setup: () => put('nested.md', '1. '.repeat(20_000) + 'x\n'),
    args: ['-f', 'json', 'nested.md'],
    limits: { timeout: 5 },
    check: (r) => (fileError(r) === 'too-deeply-nested' ? undefined : `got ${fileError(r)}`),
  },
  {
    name: 'Markdown: "1. X / paragraph" x 20,000 (micromark superlinear), --timeout 10',
    setup: () => put('lists.md', '1. X is 5.\n\nA paragraph.\n\n'.repeat(20_000)),
    args: ['-f', 'json', 'lists.md'],
    limits: { timeout: 10 },
    check: (r) => (fileError(r) === 'timeout' || (r.code <= 1 && json(r)) ? undefined : `got ${fileError(r)}`),
  },
  {
    name: 'Markdown: 50 MB of paragraphs, --max-memory 1024',
    setup: () =>
      put(
        'big.md',
        (
          'Bidders must have a minimum annual turnover of £1,000,000 and the value is £150,000. '.repeat(12) + '\n\n'
        ).repeat((50 * 1024 * 1024) / 1040),
      ),
    args: ['-f', 'json', 'big.md'],
    limits: { timeout: 120, memory: 1024 },
    check: (r) => (r.code <= 2 && json(r) ? undefined : `exit ${r.code}`),
  },
  {
    name: 'DOCX: a million empty paragraphs, --max-memory 512',
    setup: async () => put('paras.docx', await docxOfParagraphs(1_000_000)),
    args: ['-f', 'json', 'paras.docx'],
    limits: { timeout: 120, memory: 512 },
    check: (r) => (json(r) ? undefined : `exit ${r.code}`),
  },
  {
    name: 'DOCX: zip bomb (fixtures/broken)',
    setup: () => undefined,
    args: ['-f', 'json', join(root, 'fixtures/broken/zip-bomb.docx')],
    check: (r) => (fileError(r) === 'docx-too-large' ? undefined : `got ${fileError(r)}`),
  },
  {
    name: 'DOCX: XXE DOCTYPE',
    setup: async () => {
      const { default: JSZip } = await import('jszip');
      const z = await JSZip.loadAsync(
        readFileSync(join(root, 'fixtures/tenders/council-community-transport-pqq.docx')),
      );
      const x = await z.file('word/document.xml').async('string');
      z.file(
        'word/document.xml',
        x.replace(/^(<\?xml[^>]*\?>)?/, (m) => `${m}<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>`),
      );
      put('xxe.docx', await z.generateAsync({ type: 'nodebuffer' }));
    },
    args: ['-f', 'json', 'xxe.docx'],
    check: (r) => (fileError(r) === 'corrupt-docx' && !r.stdout.includes('xmldom') ? undefined : 'raw library text'),
  },
  {
    name: 'JSON Lines: 10,000 notices, line 5,000 broken',
    setup: () => put('n.jsonl', jsonl(10_000, 5000)),
    args: ['-f', 'json', 'n.jsonl'],
    check: (r) => {
      const files = json(r)?.files ?? [];
      return files.length === 10_000 &&
        files.filter((f) => f.error).length === 1 &&
        files.find((f) => f.error)?.path.endsWith('#line-5000')
        ? undefined
        : `${files.length} entries`;
    },
  },
  {
    name: '--cache-location /proc/self/status',
    setup: () => undefined,
    args: ['--cache-location', '/proc/self/status', 'a.md'],
    check: (r) => (r.code === 2 && r.stderr.includes('/proc') ? undefined : 'not refused'),
  },
  {
    name: '--cache-location a FIFO',
    setup: () => execFileSync('mkfifo', [join(dir, 'cache.fifo')]),
    args: ['--cache-location', 'cache.fifo', 'a.md'],
    check: (r) => (r.code === 2 && r.stderr.includes('named pipe') ? undefined : 'not refused'),
  },
  {
    name: '--cache that cannot be written',
    setup: () => put('plainfile', 'x'),
    args: ['--cache-location', 'plainfile/cache.json', 'a.md'],
    check: (r) =>
      r.code === 1 && r.stderr.includes('warning: the cache could not be written') && r.stdout.includes('turnover')
        ? undefined
        : `exit ${r.code}`,
  },
  {
    name: 'stylish: escape sequences in a file name',
    setup: () => put('evil\x1b]0;pwned\x07\x1b[2J.md', TURNOVER()),
    args: ['evil*'],
    check: (r) => (!r.stdout.includes('\x1b') && r.stdout.includes('\\x1b') ? undefined : 'raw escape printed'),
  },
  {
    name: 'invisible: zero-width space in "turnover"',
    setup: () => put('zw.md', TURNOVER('turn\u200bover')),
    args: ['-f', 'json', 'zw.md'],
    check: (r) =>
      json(r)?.files[0].findings.some((f) => f.ruleId === 'turnover-multiple') &&
      json(r)?.files[0].normalised?.invisible === 1
        ? undefined
        : 'evaded',
  },
  {
    name: 'look-alike: Cyrillic о in "turnover"',
    setup: () => put('cy.md', TURNOVER('turn\u043ever')),
    args: ['-f', 'json', 'cy.md'],
    check: (r) => (json(r)?.files[0].findings.some((f) => f.ruleId === 'turnover-multiple') ? undefined : 'evaded'),
  },
  {
    name: 'fullwidth: ￡ and fullwidth digits',
    setup: () => put('fw.md', TURNOVER().replace('£1,200,000', '\uffe1\uff11,\uff12\uff10\uff10,\uff10\uff10\uff10')),
    args: ['-f', 'json', 'fw.md'],
    check: (r) => (json(r)?.files[0].findings.some((f) => f.ruleId === 'turnover-multiple') ? undefined : 'evaded'),
  },
  {
    name: '23-digit amount',
    setup: () => put('huge.md', TURNOVER().replace('£1,200,000', '£99,999,999,999,999,999,999,999')),
    args: ['-f', 'json', 'huge.md'],
    check: (r) => (!/\de[,+]/.test(r.stdout) ? undefined : 'exponent printed'),
  },
];

/** Pids of `pid` and all its descendants, from /proc/<pid>/task/<tid>/children. */
function tree(pid) {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    try {
      for (const task of readdirSync(`/proc/${out[i]}/task`)) {
        const kids = readFileSync(`/proc/${out[i]}/task/${task}/children`, 'latin1').trim();
        if (kids) out.push(...kids.split(/\s+/).map(Number));
      }
    } catch {
      // Gone between samples.
    }
  }
  return out;
}
function rssOf(pid) {
  try {
    return Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'latin1'))?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

function run(attack) {
  const timeout = attack.limits?.timeout ?? 30;
  const memory = attack.limits?.memory ?? 512;
  const argv = [BIN, '--timeout', String(timeout), '--max-memory', String(memory), ...attack.args];
  const deadlineMs = (timeout * 2 + 60) * 1000;
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, argv, {
      cwd: join(dir, attack.cwd ?? ''),
      env: { ...process.env, NO_COLOR: '1' },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      if (stdout.length < 64 << 20) stdout += d;
    });
    child.stderr.on('data', (d) => {
      if (stderr.length < 1 << 20) stderr += d;
    });
    let peak = 0;
    let procs = 1;
    const sampler = setInterval(() => {
      const pids = tree(child.pid);
      procs = Math.max(procs, pids.length);
      const total = pids.reduce((n, p) => n + rssOf(p), 0);
      if (total > peak) peak = total;
    }, SAMPLE_MS);
    let killed = false;
    const deadline = setTimeout(() => {
      killed = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, deadlineMs);
    child.on('close', (code, signal) => {
      clearInterval(sampler);
      clearTimeout(deadline);
      resolve({
        code: code ?? -1,
        signal,
        stdout,
        stderr,
        wallS: (performance.now() - t0) / 1000,
        peakMB: peak / 2 ** 20,
        procs,
        killed,
        timeout,
        memory,
      });
    });
  });
}

const rows = [];
try {
  for (const attack of attacks) {
    if (only && !attack.name.includes(only)) continue;
    await attack.setup();
    const r = await run(attack);
    const problem = attack.check(r);
    const memOk = r.peakMB <= r.memory + CLI_BUDGET_MB;
    // The CLI's own start and a file's reading both count: the limit per file plus a margin.
    const timeOk = !r.killed && r.wallS <= r.timeout + 15;
    const ok = !problem && memOk && timeOk;
    rows.push({
      attack: attack.name,
      exit: r.code,
      wallS: Number(r.wallS.toFixed(2)),
      peakTreeMB: Math.round(r.peakMB),
      processes: r.procs,
      limits: `${r.timeout} s, ${r.memory} MB`,
      ok,
      problem: problem ?? (!memOk ? 'memory over limit' : !timeOk ? 'time over limit' : ''),
    });
    const last = rows.at(-1);
    console.error(
      `${ok ? 'ok ' : 'BAD'} ${attack.name}: exit ${last.exit}, ${last.wallS} s, ${last.peakTreeMB} MB${last.problem ? ` (${last.problem})` : ''}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log(`\n| attack | exit | wall | peak tree memory | limits (--timeout, --max-memory) | held |`);
console.log('| --- | ---: | ---: | ---: | --- | --- |');
for (const r of rows)
  console.log(
    `| ${r.attack.replace(/\|/g, '\\|')} | ${r.exit} | ${r.wallS} s | ${r.peakTreeMB} MB | ${r.limits} | ${r.ok ? 'yes' : `NO: ${r.problem}`} |`,
  );
console.log(
  `\nPeak tree memory is the CLI and its parse children together; a run holds when it does what it should, its peak stays within --max-memory + ${CLI_BUDGET_MB} MB (the CLI process's own share) and its wall time within --timeout + 15 s.`,
);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(rows, null, 2));
process.exitCode = rows.every((r) => r.ok) ? 0 : 1;
