import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A stand-in for LibreOffice in API tests (the real one is not installed everywhere, and a
 * real conversion takes seconds): a shell script taking soffice's arguments that writes a
 * small PDF into --outdir after `delay` seconds and appends a line to `runs` when it
 * finishes, so a test can count conversions and see a cancelled one never finish.
 */
export function fakeSoffice() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-fake-soffice-'));
  const program = path.join(dir, 'soffice');
  fs.writeFileSync(
    program,
    [
      '#!/bin/sh',
      'out=""; prev=""',
      'for a in "$@"; do [ "$prev" = "--outdir" ] && out="$a"; prev="$a"; done',
      `sleep "$(cat '${dir}/delay' 2>/dev/null || echo 0)"`,
      `printf '%%PDF-1.4\\n%% fake conversion\\n%%%%EOF\\n' > "$out/report.pdf"`,
      `echo done >> '${dir}/runs'`,
      '',
    ].join('\n'),
    { mode: 0o755 },
  );
  return {
    program,
    setDelay: (seconds: number) => fs.writeFileSync(path.join(dir, 'delay'), String(seconds)),
    runs: () => {
      try {
        return fs.readFileSync(path.join(dir, 'runs'), 'utf8').split('\n').filter(Boolean).length;
      } catch {
        return 0;
      }
    },
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
