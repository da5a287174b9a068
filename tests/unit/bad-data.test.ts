/**
 * Every malformed fixture is caught with one exact message, through the same
 * code path the build and `npm run check:data` use; and the command and the
 * build themselves fail on a broken data directory.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DataError,
  formatProblem,
  readDataTexts,
  validateData,
  type DataTexts,
} from '../../data/validate.ts';
import { allianceData } from '../../scripts/data-plugin.ts';
import { badDataFixtures } from '../fixtures/bad-data.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const realTexts = readDataTexts(join(ROOT, 'data'));

function problemsFor(texts: DataTexts): string[] {
  try {
    validateData(texts);
    return [];
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    return error.problems.map(formatProblem);
  }
}

it('holds at least twenty malformed fixtures', () => {
  expect(badDataFixtures.length).toBeGreaterThanOrEqual(20);
});

it('accepts the real data with no problem', () => {
  expect(problemsFor(realTexts)).toEqual([]);
});

describe.each(badDataFixtures)('$name', ({ apply, expected }) => {
  it('is reported by file, record, field, expectation and finding', () => {
    expect(problemsFor(apply(realTexts))).toEqual([expected]);
  });
});

describe('the commands that guard the data', () => {
  const dir = mkdtempSync(join(tmpdir(), 'alliance-bad-data-'));
  const fixture = badDataFixtures.find((f) =>
    f.name.startsWith('a coordinate outside the county'),
  )!;
  for (const [file, content] of Object.entries(fixture.apply(realTexts))) {
    if (content !== undefined) writeFileSync(join(dir, file), content);
  }
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('`npm run check:data` exits 1 and prints the problem', async () => {
    const run = promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'scripts/check-data.ts', '--dir', dir],
      {
        cwd: ROOT,
      },
    );
    await expect(run).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining(fixture.expected),
    });
  });

  it('`npm run check:data` passes on the real data', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'scripts/check-data.ts'],
      {
        cwd: ROOT,
      },
    );
    expect(stdout).toMatch(/^data OK .*: \d+ schools/);
  });

  it('the build stops with the same problem', async () => {
    const entry = join(dir, 'entry.js');
    writeFileSync(entry, "import * as data from 'virtual:alliance-data';\nexport default data;\n");
    const building = build({
      configFile: false,
      logLevel: 'silent',
      root: dir,
      plugins: [allianceData({ dir })],
      build: { write: false, lib: { entry, formats: ['es'], fileName: 'entry' } },
    });
    await expect(building).rejects.toThrow(fixture.expected);
  });
});
