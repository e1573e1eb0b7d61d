/**
 * Two class files that contradict each other about who holds a number, merged into a teacher's
 * store in either order: the same students and the same conflicts, and a stored student that
 * gives way is kept whole in a file, never dropped.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempHome } from './helpers.js';
import { flat } from '../flat.js';

const NOW = { VSSID_HELPER_NOW: '2026-03-10T03:00:00.000Z' };
const student = (id: string, name: string, bhxhCode: string, idNumber: string, events: Array<[string, string]> = []) => ({
  id, createdAt: '2026-03-01T01:00:00.000Z', updatedAt: '2026-03-01T01:00:00.000Z', state: events.at(-1)?.[0] ?? 'draft',
  fields: { name, bhxhCode, idNumber }, events: events.map(([type, at]) => ({ type, at })),
});
const classFile = (home: string, name: string, className: string, students: unknown[]) => {
  const file = join(home, name);
  writeFileSync(file, JSON.stringify({ format: 'vssid-helper-class', version: 1, masked: false, profile: { className }, students }));
  return file;
};

// Class 12A1 typed Bình's ID number into An's record, and that record went as far as "submitted".
const mixed = student('k3f9q2', 'Nguyễn Văn An', '7931234567', '079304001235', [['ready', '2026-03-02T01:00:00.000Z'], ['submitted', '2026-03-02T02:00:00.000Z']]);
const other1 = student('z9z9z9', 'Lê Văn Cường', '7931234569', '079204001239');
const an = student('a1a1a1', 'Nguyễn Văn An', '7931234567', '079204001234');
const binh = student('b2b2b2', 'Trần Thị Bình', '7931234568', '079304001235');

const run = (home: string, args: string[]) => runCli(args, { home, env: NOW });
/** The store's students as the export gives them, without the ids and save times that depend on the order. */
const students = (home: string) => {
  const file = JSON.parse(run(home, ['export', '--format', 'json']).stdout) as { students: Array<Record<string, unknown>> };
  return file.students
    .map(({ id: _id, updatedAt: _u, ...rest }) => rest)
    .sort((a, b) => String((a.fields as { bhxhCode: string }).bhxhCode).localeCompare(String((b.fields as { bhxhCode: string }).bhxhCode)));
};

describe('merging class files that contradict each other', () => {
  it('gives the same students in either order; the mixed record gives way and is kept in a file', { timeout: 60_000 }, () => {
    const files = tempHome();
    const fileA = classFile(files, 'lop-12a1.json', '12A1', [mixed, other1]);
    const fileB = classFile(files, 'lop-12a2.json', '12A2', [an, binh]);

    const ab = tempHome();
    expect(run(ab, ['import', fileA]).code).toBe(0);
    const dry = run(ab, ['import', fileB, '--dry-run']);
    expect(dry.code).toBe(1);
    expect(flat(dry.stderr)).toContain('k3f9q2 Nguyễn Văn An (của máy này): mã số BHXH là của a1a1a1 Nguyễn Văn An nhưng số giấy tờ lại là của b2b2b2 Trần Thị Bình');
    expect(flat(dry.stderr)).toContain('Khi lưu thật');
    expect(() => readdirSync(join(ab, 'set-aside'))).toThrow();
    const second = run(ab, ['import', fileB]);
    expect(second.code).toBe(1);
    expect(flat(second.stderr)).toContain('cần bạn quyết');

    const ba = tempHome();
    expect(run(ba, ['import', fileB]).code).toBe(0);
    const reverse = run(ba, ['import', fileA]);
    expect(reverse.code).toBe(1);
    expect(flat(reverse.stderr)).toContain('k3f9q2 Nguyễn Văn An: mã số BHXH là của a1a1a1 Nguyễn Văn An nhưng số giấy tờ lại là của b2b2b2 Trần Thị Bình');

    // The same three students both ways: the two real ones and the unrelated classmate.
    expect(students(ab)).toEqual(students(ba));
    expect(students(ab).map((s) => (s.fields as { name: string }).name)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường']);

    // Nothing lost: the stored record that gave way is in the set-aside file, whole, owner-only.
    const [saved] = readdirSync(join(ab, 'set-aside'));
    const setAside = join(ab, 'set-aside', saved as string);
    expect(flat(second.stdout + second.stderr)).toContain(setAside);
    const kept = JSON.parse(readFileSync(setAside, 'utf8')) as { masked: boolean; students: Array<{ id: string; fields: unknown; events: unknown[] }> };
    expect(kept.masked).toBe(false);
    expect(kept.students).toEqual([expect.objectContaining({ id: 'k3f9q2', fields: mixed.fields, events: mixed.events })]);
    if (process.platform !== 'win32') expect(statSync(setAside).mode & 0o777).toBe(0o600);

    // Imported again as it is, it is refused again (naming both) and changes nothing.
    const again = run(ab, ['import', setAside]);
    expect(again.code).toBe(1);
    expect(students(ab)).toEqual(students(ba));
  });

  it('two versions with one BHXH code and two ID numbers: the one that went further stays, in either order', { timeout: 60_000 }, () => {
    const files = tempHome();
    const further = student('f0f0f0', 'Nguyễn Văn An', '7931234567', '079204001299', [['ready', '2026-03-03T01:00:00.000Z']]);
    const fileA = classFile(files, 'a.json', '12A1', [an]);
    const fileB = classFile(files, 'b.json', '12A2', [further]);
    const [ab, ba] = [tempHome(), tempHome()];
    run(ab, ['import', fileA]);
    const second = run(ab, ['import', fileB, '--json']);
    expect(JSON.parse(second.stdout)).toMatchObject({ setAside: [{ id: 'a1a1a1', clash: 'idNumber', with: 'f0f0f0' }], summary: { added: 1, setAside: 1 } });
    run(ba, ['import', fileB]);
    const reverse = JSON.parse(run(ba, ['import', fileA, '--json']).stdout);
    expect(reverse).toMatchObject({ students: [{ kind: 'refused', clash: 'idNumber', with: 'f0f0f0' }], setAside: [] });
    expect(students(ab)).toEqual(students(ba));
  });
});
