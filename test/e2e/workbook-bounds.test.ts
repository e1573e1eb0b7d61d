/**
 * Hostile workbooks, small on disk, read by the built CLI: each is refused with its reason (or a
 * large honest roster read) within the bounds stated in src/core/roster/workbook-guard.ts. Time and
 * peak memory are printed for each; the assertions leave room for a busy 2-core machine.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN } from './helpers.js';
import { HEADER_ROW, textCell, writeWorkbook, type SheetPiece } from './hostile-xlsx.js';

const PEAK_PROBE = path.resolve(import.meta.dirname, '../../bench/peak-rss.cjs');
const MAX_SECONDS = 30;
const MAX_PEAK_MB = 450;

const dir = mkdtempSync(path.join(tmpdir(), 'vssid-workbooks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  peakMb: number;
}

/** `import --dry-run <file>`, timed, with the process's peak resident memory (bench/peak-rss.cjs). */
async function importDry(file: string, json = false): Promise<Run> {
  const peakFile = `${file}.peak`;
  const started = performance.now();
  const child = spawn(process.execPath, ['-r', PEAK_PROBE, BIN, 'import', '--dry-run', ...(json ? ['--json'] : []), file], {
    env: { ...process.env, NO_COLOR: '1', VSSID_HELPER_HOME: dir, VSSID_BENCH_PEAK_FILE: peakFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // Past twice the bound the run is stopped: the test fails on its time instead of hanging.
  const timer = setTimeout(() => child.kill('SIGKILL'), MAX_SECONDS * 2_000);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(timer);
  const seconds = (performance.now() - started) / 1000;
  let peakMb = Number.NaN;
  try {
    peakMb = Number(readFileSync(peakFile, 'utf8')) / 1024 / 1024;
  } catch {
    // Killed before it could write its peak.
  }
  return { code, stdout, stderr, seconds, peakMb };
}

async function measured(name: string, rows: readonly SheetPiece[], declaredSize?: number): Promise<Run> {
  const file = path.join(dir, `${name}.xlsx`);
  const bytes = await writeWorkbook(file, rows, declaredSize);
  const run = await importDry(file);
  console.log(`${name}: ${(bytes / 1024).toFixed(1)} KB on disk, ${run.seconds.toFixed(2)} s, peak ${run.peakMb.toFixed(0)} MB, exit ${run.code}`);
  expect(run.seconds).toBeLessThan(MAX_SECONDS);
  expect(run.peakMb).toBeLessThan(MAX_PEAK_MB);
  return run;
}

const spaces = (times: number): SheetPiece => ({ repeat: ' ', times });
const MB = 1024 * 1024;

describe('workbooks that would exhaust the machine are refused with the reason, within bounds', { timeout: MAX_SECONDS * 3_000 }, () => {
  it('one cell at XFD1048576 (a dense grid of 17 billion cells)', async () => {
    const run = await measured('far-cell', [HEADER_ROW, `<row r="1048576">${textCell('XFD1048576', 'x')}</row>`]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^✖ Trang tính đầu tiên trải tới dòng 1048576: quá xa cho một danh sách lớp/);
    // Without the row's number, the cell's own reference is what is refused.
    const cell = await measured('far-cell-only', [HEADER_ROW, `<row>${textCell('XFD1048576', 'x')}</row>`]);
    expect(cell.code).toBe(1);
    expect(cell.stderr).toMatch(/trải tới ô XFD1048576/);
  });

  it('a cell named r="99999999999"', async () => {
    const run = await measured('huge-row', [HEADER_ROW, `<row><c r="99999999999" t="inlineStr"><is><t>x</t></is></c></row>`]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/trải tới ô 99999999999/);
    // 1,001 columns by 1,000 rows: each reference is fine, the grid they make is not.
    const grid = await measured('wide-grid', [HEADER_ROW, `<row r="1000">${textCell('A1000', 'x')}${textCell('ALM1000', 'y')}</row>`]);
    expect(grid.stderr).toMatch(/trải tới ô ALM1000/);
  });

  it('4 MB of spaces in a cell, and a 10 MB attribute', async () => {
    const cell = await measured('spaces-in-cell', [HEADER_ROW, '<row r="2"><c r="A2" t="inlineStr"><is><t>', spaces(4 * MB), '</t></is></c></row>']);
    expect(cell.code).toBe(1);
    expect(cell.stderr).toMatch(/một ô hoặc một thuộc tính dài bất thường/);
    const attribute = await measured('long-attribute', [HEADER_ROW, '<row r="2"><c r="A2" t="inlineStr" x="', spaces(10 * MB), `"><is><t>x</t></is></c></row>`]);
    expect(attribute.code).toBe(1);
    expect(attribute.stderr).toMatch(/dài bất thường/);
  });

  it('200 MB of spaces, with its true size and with a header claiming 1 KB', async () => {
    const rows = [HEADER_ROW, '<row r="2"><c r="A2" t="inlineStr"><is><t>', spaces(200 * MB), '</t></is></c></row>'];
    const honest = await measured('spaces-200mb', rows);
    expect(honest.code).toBe(1);
    expect(honest.stderr).toMatch(/^✖ Bảng tính này khi giải nén lớn hơn 32 MB/);
    const lying = await measured('spaces-200mb-lying', rows, 1024);
    expect(lying.code).toBe(1);
    expect(lying.stderr).toMatch(/khi giải nén lớn hơn 32 MB/);
  });

  it('the most that passes the checks: 120 runs of 250 KB (30 MB of XML) is read within the bounds', async () => {
    const rows: SheetPiece[] = [HEADER_ROW];
    for (let row = 2; row < 122; row++) rows.push(`<row r="${row}"><c r="A${row}" t="inlineStr"><is><t>`, spaces(250_000), '</t></is></c></row>');
    const run = await measured('runs-just-under', rows);
    expect(run.stderr).not.toMatch(/không đọc được|dài bất thường|không mong đợi/);
  });

  it('an honest roster of 2,000 students is read whole, within the same bounds', async () => {
    const students = Array.from({ length: 2_000 }, (_, i) => {
      const row = i + 2;
      return `<row r="${row}">${textCell(`A${row}`, `Nguyễn Văn An ${i}`)}<c r="B${row}"><v>${7_900_000_000 + i}</v></c></row>`;
    });
    const run = await measured('roster-2000', [HEADER_ROW, ...students]);
    expect(run.stderr).not.toMatch(/không đọc|không mong đợi/);
    expect(run.stdout).toMatch(/2[.,]?000/);
  });
});
