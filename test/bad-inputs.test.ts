/**
 * Every bad input (generated here by scripts/bad-inputs.ts, nothing committed) gets its exit code
 * and one line naming the file; files that can be linted are linted; and in one batch with all of
 * them, each still gets its own answer.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { makeBadInputs, type BadInput } from '../scripts/bad-inputs.js';

const CLI = join(import.meta.dirname, '..', 'dist', 'src', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'lkjip-bad-'));
const inputs: BadInput[] = await makeBadInputs(dir);

describe('bad inputs', () => {
  it.each(inputs.map((b) => [b.what, b] as const))('%s', (_what, b) => {
    const file = join(dir, b.name);
    const p = spawnSync(process.execPath, [CLI, file, '--format', 'json', '--lang', 'en', ...(b.args ?? [])], { encoding: 'utf8', maxBuffer: 1 << 28, timeout: 120_000 });
    expect(p.status).toBe(b.exit);
    expect(p.stderr).not.toMatch(/\bat .*\.js:\d+/);
    if (b.message) {
      const lines = p.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]!.startsWith(`lkjip-lint: ${file}: `)).toBe(true);
      expect(lines[0]).toMatch(b.message);
    } else if (b.stylish) {
      // Linted in the terminal's format: the report's escapes are shown escaped, never raw.
      expect(p.stderr.trim()).toBe('');
      expect(p.stdout).toMatch(/\[satker\]/);
      expect(p.stdout + p.stderr).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
      expect(p.stdout).toContain('\\x1b');
    } else {
      expect(p.stderr.trim()).toBe('');
      const out = JSON.parse(p.stdout) as { files: { error?: string; findings: unknown[] }[] };
      expect(out.files[0]!.error).toBeUndefined();
    }
  });
  it('all of them in one batch: each gets its own answer', () => {
    const names = [...new Set(inputs.filter((b) => !b.args).map((b) => b.name))];
    expect(names.length).toBeGreaterThan(25);
    const p = spawnSync(process.execPath, [CLI, ...names.map((n) => join(dir, n)), '--format', 'json', '--lang', 'en', '--jobs', '2'], { encoding: 'utf8', maxBuffer: 1 << 28, timeout: 300_000 });
    expect(p.status).toBe(2);
    const out = JSON.parse(p.stdout) as { files: { path: string; error?: string }[] };
    expect(out.files.map((f) => f.path)).toEqual(names.map((n) => join(dir, n)));
    for (const n of names) {
      const b = inputs.find((x) => x.name === n && !x.args)!;
      expect(out.files.find((f) => f.path === join(dir, n))!.error === undefined, n).toBe(b.message === null);
    }
  });
});
