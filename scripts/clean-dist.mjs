// dist/ is rebuilt from scratch: tsc never deletes the output of a source that moved or was removed,
// and stale modules there were still found by the tests that scan dist (a moved file's old copy
// failed the ReDoS scan after the linter/core move).
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

rmSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'dist'), { recursive: true, force: true });
