/** A class file is checked like the store's own data, and a number that names two students picks neither. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempHome } from './helpers.js';

const student = (id: string, name: string, bhxhCode: string, idNumber: string, at = '2026-03-02T02:00:00.000Z') => ({
  id, createdAt: '2026-03-01T01:00:00.000Z', updatedAt: '2026-03-01T01:00:00.000Z', state: 'submitted', className: '12A1',
  fields: { name, bhxhCode, idNumber }, events: [{ type: 'ready', at: '2026-03-02T01:00:00.000Z' }, { type: 'submitted', at }],
});
const classFile = (home: string, students: unknown[]) => {
  const file = join(home, 'lop.json');
  writeFileSync(file, JSON.stringify({ format: 'vssid-helper-class', version: 1, masked: false, profile: { className: '12A1' }, students }));
  return file;
};

describe('class files checked field by field and time by time', () => {
  it.each([
    ['an event time “garbage”', 'garbage'],
    ['an event in the year 275760', '+275760-09-13T00:00:00.000Z'],
  ])('refuses %s, naming the student; nothing is saved and the board still works', (_what, at) => {
    const home = tempHome();
    const file = classFile(home, [student('k3f9q2', 'Nguyễn Văn An', '7931234567', '079204001234'), student('m4n5p6', 'Trần Thị Bình', '7931234568', '079304001235', at)]);
    const result = runCli(['import', file], { home });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('m4n5p6 Trần Thị Bình');
    expect(result.stderr).not.toContain('không mong đợi');
    expect(runCli(['list', '--json'], { home }).stdout).toContain('"students": []');
    expect(runCli(['status'], { home }).code).toBe(0);
  });

  it('refuses numbers masked by hand (the flag removed), naming the student', () => {
    const home = tempHome();
    const masked = student('k3f9q2', 'Nguyễn Văn An', '7931234567', '079•••••1234');
    const result = runCli(['import', classFile(home, [masked])], { home });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/k3f9q2 Nguyễn Văn An — Số CMND\/CCCD\/Hộ chiếu/);
  });

  it('a number that is one student’s id and another’s BHXH code names both and removes neither', () => {
    const home = tempHome();
    const file = classFile(home, [student('7931234567', 'Nguyễn Văn An', '7900000001', '079204001234'), student('k3f9q2', 'Trần Thị Bình', '7931234567', '079304001235')]);
    expect(runCli(['import', file], { home }).code).toBe(0);
    const removed = runCli(['remove', '7931234567', '--yes'], { home });
    expect(removed.code).toBe(1);
    expect(removed.stderr).toContain('Nguyễn Văn An');
    expect(removed.stderr).toContain('Trần Thị Bình');
    expect(JSON.parse(runCli(['list', '--json'], { home }).stdout).students).toHaveLength(2);
  });
});
