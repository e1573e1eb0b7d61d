import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkField, type CheckOptions } from '../../../src/core/fields/check.js';
import { FORM_ORDER, type FieldKey } from '../../../src/core/record.js';
import { PROVINCES } from '../../../src/core/provinces.js';

// Photos are checked as paths only here: the file checks have their own tests.
const options: CheckOptions = { files: false, now: new Date('2025-09-01') };

const anyString = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'binary-ascii', maxLength: 60 }),
  fc.string({ unit: 'grapheme-composite', maxLength: 30 }).map((s) => s.normalize('NFD')),
  fc.constantFrom('\u0000', '\u200B', '\uFEFF', '😀👨‍👩‍👧', '\u0301a', ' \t\r\n', '\\ \\', "''", '~'),
);

// Strings shaped like real answers, so that many of them are accepted and the "fed back"
// properties are really exercised, not only vacuously true on refusals.
const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const plausible = fc.oneof(
  digits(10),
  digits(12).map((d) => `079${d.slice(3)}`),
  digits(9),
  digits(8).map((d) => `+84 9${d.slice(0, 8)}`),
  digits(8).map((d) => `SV479${d}12`),
  fc.constantFrom(...PROVINCES.flatMap((p) => [p.name, ...p.formerNames]), 'tp hcm', 'Sai Gon'),
  fc.constantFrom('Nguyễn Văn An', 'trần  thị bích', 'Phường 12', 'an@gmail.com', '"~/a\\ b.jpg"', 'Cá nhân', 'portal', 'postal'),
  fc.constantFrom(true, false, undefined, null, 0),
);

const keys = fc.constantFrom<FieldKey>(...FORM_ORDER);

describe('every field check, on any input', () => {
  it('never throws and always answers with a value or a message', () => {
    fc.assert(
      fc.property(keys, fc.oneof(anyString, plausible), (key, raw) => {
        const r = checkField(key, raw, options);
        if (!r.ok) expect(r.message.length).toBeGreaterThan(10);
      }),
      { numRuns: 3000 },
    );
  });

  it('copes with 100 kB strings', () => {
    const big = 'Nguyễn Văn An '.repeat(8000);
    for (const key of FORM_ORDER) {
      const started = performance.now();
      expect(() => checkField(key, big, options)).not.toThrow();
      expect(() => checkField(key, `${'9'.repeat(100_000)}`, options)).not.toThrow();
      expect(performance.now() - started).toBeLessThan(500);
    }
  });

  it('is idempotent: an accepted value fed back gives the same value', () => {
    fc.assert(
      fc.property(keys, fc.oneof(anyString, plausible), (key, raw) => {
        const first = checkField(key, raw, options);
        if (!first.ok) return;
        const second = checkField(key, first.value, options);
        expect(second).toMatchObject({ ok: true, value: first.value });
      }),
      { numRuns: 3000 },
    );
  });

  it('a photo path that is only an escaped space and control codes is blank, not a file named "\\u0000" (a seed the property above once drew)', () => {
    for (const key of ['frontPhoto', 'backPhoto', 'portraitPhoto'] as const) {
      for (const raw of ['\\ \u0000', '"\u0000"', "' \u200B '"]) {
        const first = checkField(key, raw, options);
        expect(first.ok ? first.value : undefined).toBeUndefined();
      }
    }
  });
});
