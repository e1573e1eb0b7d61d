import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StudentRecord } from '../../src/core/record.js';
import { serialize } from '../../src/store/file.js';
import { findSpan, parseProfile, parseSpan, readLayout, replaceSpan } from '../../src/store/layout.js';
import { SCHEMA_VERSION, type StoreData } from '../../src/store/schema.js';

const record = (id: string, fields: Record<string, string | boolean> = {}, extra: Partial<StudentRecord> = {}): StudentRecord => ({
  id,
  createdAt: '2026-11-01T01:00:00.000Z',
  updatedAt: '2026-11-02T01:00:00.000Z',
  state: 'submitted',
  fields: { name: 'Nguyễn Văn An', bhxhCode: '7900000001', ...fields },
  sources: { name: 'import' },
  events: [{ type: 'ready', at: '2026-11-01T02:00:00.000Z' }, { type: 'submitted', at: '2026-11-01T03:00:00.000Z' }],
  ...extra,
});

const data = (records: StudentRecord[], profile: StoreData['profile'] = {}): StoreData => ({ schemaVersion: SCHEMA_VERSION, records, profile });
const bytesOf = (value: StoreData): Buffer => Buffer.from(serialize(value));

/** Text that could confuse a byte search: quotes, escapes, braces at line starts, a fake id line. */
const TRICKY = 'Lê "Ngọc"\n\t\t}\n\t\t{ \\ \u2028 "id": "aaaaaa",\n';

describe('readLayout: only what serialize() writes for this schema', () => {
  it('reads files with no student, one, many, and any profile', () => {
    for (const value of [
      data([]),
      data([], { className: '12A1', extraDaysOff: ['2026-12-24'] }),
      data([record('aaaaaa')]),
      data([record('aaaaaa'), record('bbbbbb', { bhxhCode: '7900000002' })], { supportEmail: 'a@b.vn' }),
    ]) {
      const bytes = bytesOf(value);
      const layout = readLayout(bytes);
      expect(layout).toBeDefined();
      expect(parseProfile(bytes, layout!)).toEqual(value.profile);
      const recordsText = bytes.toString('utf8', layout!.recordsFrom, layout!.recordsTo);
      expect(JSON.parse(`[${recordsText}]`)).toEqual(value.records);
    }
  });

  it('leaves every other file to the whole-file read', () => {
    const good = serialize(data([record('aaaaaa')], { className: '12A1' }));
    const others = [
      `\uFEFF${good}`,
      `${good}\n`,
      JSON.stringify(data([record('aaaaaa')]), undefined, 2),
      JSON.stringify(data([record('aaaaaa')])),
      good.replace(`"schemaVersion": ${SCHEMA_VERSION}`, `"schemaVersion": ${SCHEMA_VERSION - 1}`),
      // A key this version does not know, first (as serialize() puts it) or after the profile (a hand edit).
      serialize({ future: [{ id: 'cccccc' }], ...data([record('aaaaaa')]) }),
      good.replace(/\n\}$/, ',\n\t"future": 1\n}'),
      // A key between the records and the profile holding objects with ids at the records' depth.
      good.replace('\n\t],\n\t"profile"', '\n\t],\n\t"future": [\n\t\t{\n\t\t\t"id": "dddddd",\n\t\t\t"x": 1\n\t\t}\n\t],\n\t"profile"'),
      good.slice(0, -1),
      '',
    ];
    for (const text of others) expect(readLayout(Buffer.from(text))).toBeUndefined();
  });
});

describe('findSpan: the record findStudent would find, or nothing', () => {
  const value = data([
    record('aaaaaa', { name: TRICKY, street: '"bhxhCode": "7900000003"' }),
    record('bbbbbb', { bhxhCode: '7900000002' }),
    record('cccccc', { bhxhCode: '7900000003' }),
    record('dddddd', { bhxhCode: '7900000003' }),
  ]);
  const bytes = bytesOf(value);
  const layout = readLayout(bytes)!;
  const found = (ref: string) => {
    const span = findSpan(bytes, layout, ref);
    return span && (parseSpan(bytes, span) as StudentRecord).id;
  };

  it('by id in any case and with spaces around, and by a BHXH code held once', () => {
    expect(found('aaaaaa')).toBe('aaaaaa');
    expect(found(' BBBBBB ')).toBe('bbbbbb');
    expect(found('7900000002')).toBe('bbbbbb');
    expect(parseSpan(bytes, findSpan(bytes, layout, 'aaaaaa')!)).toEqual(value.records[0]);
  });

  it('nothing for a code two students share, a name, an unknown id or a value only inside a text', () => {
    expect(found('7900000003')).toBeUndefined();
    expect(found('Nguyễn Văn An')).toBeUndefined();
    expect(found('zzzzzz')).toBeUndefined();
    expect(found('"id"')).toBeUndefined();
    expect(found('')).toBeUndefined();
  });

  it('nothing for a code two records share, whether or not it is the last field of either', () => {
    const last = record('eeeeee', { name: 'Bùi Ngọc Bình' });
    const { bhxhCode, ...others } = last.fields;
    const shared = data([{ ...last, fields: { ...others, bhxhCode } }, record('ffffff', { bhxhCode: '7900000001', phone: '0912345678' })]);
    const text = serialize(shared);
    expect(text).toContain('"bhxhCode": "7900000001"\n');
    expect(text).toContain('"bhxhCode": "7900000001",\n');
    const twice = Buffer.from(text);
    expect(findSpan(twice, readLayout(twice)!, '7900000001')).toBeUndefined();
    // The same for an id that is the last key of one record (a hand edit).
    const { id, ...rest } = record('gggggg');
    const ids = Buffer.from(serialize(data([{ ...rest, id } as StudentRecord, record('gggggg', { bhxhCode: '7900000005' })])));
    expect(findSpan(ids, readLayout(ids)!, 'gggggg')).toBeUndefined();
  });

  it('nothing for an id two records share (a hand edit): the whole read sets one aside', () => {
    const twice = bytesOf(data([record('aaaaaa'), record('aaaaaa', { bhxhCode: '7900000009' })]));
    expect(findSpan(twice, readLayout(twice)!, 'aaaaaa')).toBeUndefined();
  });
});

describe('replaceSpan gives the bytes serialize() would write', () => {
  const text = fc.string({ unit: fc.constantFrom('a', 'ễ', '"', '\\', '\n', '\t', '}', '{', ' ', '\u2028', 'đ', ',', ':') });
  const arbitraryRecord = fc.record({
    name: text,
    street: text,
    events: fc.array(fc.record({ type: fc.constantFrom('ready', 'submitted', 'file-number'), at: fc.constant('2026-11-01T02:00:00.000Z'), value: text }), { maxLength: 3 }),
  });

  it('for any texts in any record, found by id, read back equal, replaced in place', () => {
    fc.assert(
      fc.property(fc.array(arbitraryRecord, { minLength: 1, maxLength: 6 }), fc.nat(), text, (made, pick, newStreet) => {
        const records = made.map((r, i) =>
          record(`id${String(i).padStart(4, '0')}`, { name: r.name, street: r.street, bhxhCode: String(7900000000 + i) }, { events: r.events }),
        );
        const value = data(records, { className: 'x' });
        const bytes = bytesOf(value);
        const layout = readLayout(bytes);
        expect(layout).toBeDefined();
        const index = pick % records.length;
        const chosen = records[index]!;
        const span = findSpan(bytes, layout!, chosen.id);
        expect(span).toBeDefined();
        expect(parseSpan(bytes, span!)).toEqual(chosen);
        const changed = { ...chosen, fields: { ...chosen.fields, street: newStreet }, events: [...chosen.events, { type: 'file-number' as const, at: '2026-11-03T00:00:00.000Z', value: newStreet }] };
        const after = Buffer.concat(replaceSpan(bytes, span!, changed));
        expect(after.toString('utf8')).toBe(serialize({ ...value, records: records.with(index, changed) }));
      }),
      { numRuns: 200 },
    );
  });
});
