/**
 * Every example printed by `<command> --help` runs as printed: in a class folder holding the
 * files the examples name, on a store holding the students they name (each example on a fresh
 * copy). An example that needs a terminal may only say so and name the flags.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, runCli, tempHome, writePhotos } from './helpers.js';
import { flat } from '../flat.js';

const NOW = '2026-03-05T09:00';
const COMMANDS = ['register', 'list', 'show', 'remove', 'import', 'status', 'export', 'report', 'config', 'purge', 'troubleshoot', 'guide', 'checklist', 'install', 'remind', 'fill'];
const student = (id: string, name: string, bhxhCode: string, idNumber: string, state: string, events: unknown[]) => {
  const phone = `09123400${id.slice(0, 2).replace(/\D/g, '1')}`.slice(0, 10).padEnd(10, '1');
  // The phone typed twice, as the wizard and the form ask: fill's cards take only such students.
  return { id, createdAt: '2026-03-01T01:00:00.000Z', updatedAt: '2026-03-01T01:00:00.000Z', state, className: '12A1', fields: { name, bhxhCode, idNumber, phone }, phoneConfirmed: phone, events };
};
const READY = [{ type: 'ready', at: '2026-03-01T02:00:00.000Z' }];

/** The examples of a help text: the lines after "Ví dụ:", a trailing "\" joining the next. */
function examples(help: string): string[] {
  const after = help.split('Ví dụ:')[1] ?? '';
  return after.replace(/ \\\n\s+/g, ' ').split('\n').map((line) => line.trim()).filter((line) => line.startsWith('vssid-helper '));
}

describe('every printed example runs as printed', () => {
  let folder: string;
  let prepared: string;
  const all: Array<[string, string]> = [];

  beforeAll(() => {
    folder = tempHome();
    prepared = tempHome();
    writePhotos(folder, 'truoc.jpg');
    cpSync(join(folder, 'mat-sau.png'), join(folder, 'sau.jpg'));
    const roster = 'Họ và tên,Mã số BHXH,Số CCCD,Số điện thoại,Tỉnh/Thành phố,Phường/Xã,Số nhà đường\nLê Văn Cường,7931234590,079204001290,0912345690,TP HCM,Phường Sài Gòn,1 Lê Lợi\n';
    writeFileSync(join(folder, 'danh-sach-lop.csv'), roster);
    writeFileSync(join(folder, 'danh-sach-da-sua.csv'), roster.replace('1 Lê Lợi', '2 Lê Lợi'));
    const classFile = join(folder, 'lop.json');
    writeFileSync(classFile, JSON.stringify({ format: 'vssid-helper-class', version: 1, masked: false, profile: { className: '12A1', supportEmail: 'hotro@truong.edu.vn' }, students: [
      // Complete, as the wizard leaves a ready student: fill's cards take only such a one.
      { ...student('k3f9q2', 'Nguyễn Văn An', '7931230001', '079204000001', 'ready', READY), fields: {
        ...student('k3f9q2', 'Nguyễn Văn An', '7931230001', '079204000001', 'ready', READY).fields,
        subjectType: 'individual', frontPhoto: join(folder, 'truoc.jpg'), backPhoto: join(folder, 'sau.jpg'), province: 'Thành phố Hồ Chí Minh',
        ward: 'Phường Sài Gòn', street: '12 Lê Lợi', contactPerson: 'Nguyễn Văn An', email: 'an@gmail.com', channel: 'portal',
        receivingAgency: 'BHXH Thành phố Hồ Chí Minh', submissionMethod: 'postal', commitment: true,
      } },
      student('m7p2xa', 'Phạm Thị Mai', '7931230002', '079304000002', 'ready', READY),
      student('x4r8tb', 'Đỗ Văn Tú', '7931230003', '079204000003', 'ready', READY),
      student('h6t2wd', 'Vũ Thị Hằng', '7931230004', '079304000004', 'submitted', [...READY, { type: 'submitted', at: '2026-03-02T02:00:00.000Z' }]),
      student('r5t7vz', 'Hồ Văn Nam', '7931230005', '079204000005', 'submitted', [
        ...READY, { type: 'submitted', at: '2026-03-02T02:00:00.000Z' }, { type: 'support-request', at: '2026-03-03T02:00:00.000Z', value: '0911111111' },
      ]),
      student('q8w3ne', 'Lý Thị Nga', '7931230006', '079304000006', 'draft', []),
      { ...student('b2c3d4', 'Trịnh Văn Bảo', '7931230007', '079204000007', 'ready', READY), className: '12A2' },
    ] }));
    expect(runCli(['import', classFile], { home: prepared, env: { VSSID_HELPER_NOW: NOW } }).code).toBe(0);
    for (const command of COMMANDS) {
      const help = runCli([command, '--help'], { home: prepared });
      for (const example of examples(help.stdout)) all.push([command, example]);
    }
  }, 120_000);

  it('finds examples in the help of the commands', () => {
    expect(all.length).toBeGreaterThan(30);
    expect(all.map(([, e]) => e)).toContain(
      'vssid-helper register --yes --name "Nguyễn Văn An" --bhxh 7931234567 --id-number 079204001234 --front truoc.jpg --back sau.jpg --province "TP HCM" --ward "Phường Sài Gòn" --street "12 Lê Lợi" --phone 0912345678 --agency "BHXH Thành phố Hồ Chí Minh"',
    );
  });

  it('runs each one: exit 0, or (for one that asks questions) a clear request for a terminal', () => {
    const shim = join(tempHome(), 'bin');
    mkdirSync(shim);
    writeFileSync(join(shim, 'vssid-helper'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`, { mode: 0o755 });
    const failures: string[] = [];
    for (const [, example] of all) {
      const [home, cwd] = [tempHome(), tempHome()];
      cpSync(prepared, home, { recursive: true });
      cpSync(folder, cwd, { recursive: true });
      const result = spawnSync('/bin/sh', ['-c', example], {
        cwd, encoding: 'utf8', input: '', timeout: 30_000,
        env: { ...process.env, PATH: `${shim}:${process.env.PATH}`, VSSID_HELPER_HOME: home, VSSID_HELPER_NOW: NOW, NO_COLOR: '1', npm_command: '' },
      });
      const needsTerminal = result.status === 1 && /không chạy trong một terminal tương tác|không có terminal/.test(flat(result.stderr));
      if (result.status !== 0 && !needsTerminal) failures.push(`${example}\n  → ${result.status}: ${result.stderr.trim().split('\n').slice(0, 3).join(' | ')}`);
    }
    expect(failures).toEqual([]);
  }, 600_000);
});
