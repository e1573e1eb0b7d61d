import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeIdNumber, idNumberSchema } from '../../../src/core/fields/index.js';
import { stringParserOf } from '../../../src/core/fields/helpers.js';
import { FIELD_SCHEMAS } from '../../../src/core/fields/schemas.js';
import { PROVINCES } from '../../../src/core/provinces.js';
import { FORM_ORDER } from '../../../src/core/record.js';

// checkField skips zod for string input and calls the schema's parse function directly: the
// answer must be exactly the schema's, for every field and any string.
const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const strings = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme-composite', maxLength: 20 }).map((s) => s.normalize('NFD')),
  digits(10),
  digits(12).map((d) => `079${d.slice(3)}`),
  digits(9).map((d) => `0${d}`),
  digits(9).map((d) => `+84 ${d}`),
  fc.constantFrom(...PROVINCES.flatMap((p) => [p.name, ...p.formerNames])),
  fc.constantFrom('Nguyễn Văn An', "H'Hen Niê", 'Y-Ngông Niê', 'An', ' ', '', 'an@gmail.com', 'Cá nhân', 'bưu chính', '~/a b.jpg'),
);

describe('the direct parse path of checkField', () => {
  it('gives what schema.safeParse gives, for every field and any string', () => {
    const keys = FORM_ORDER.filter((key) => stringParserOf(FIELD_SCHEMAS[key]) !== undefined);
    // Every field but the commitment (a literal true) has one.
    expect(keys).toEqual(FORM_ORDER.filter((key) => key !== 'commitment'));
    fc.assert(
      fc.property(fc.constantFrom(...keys), strings, (key, raw) => {
        const schema = FIELD_SCHEMAS[key];
        const viaZod = schema.safeParse(raw);
        const direct = stringParserOf(schema)?.(raw);
        expect(direct).toEqual(viaZod.success ? { value: viaZod.data } : { error: viaZod.error.issues[0]?.message });
      }),
      { numRuns: 2000 },
    );
  });

  it('hands the facts of a just-parsed ID number over once, equal to a fresh decode', () => {
    expect(idNumberSchema.safeParse('079204001234').success).toBe(true);
    const first = decodeIdNumber('079204001234');
    const second = decodeIdNumber('079204001234');
    expect(first).toEqual(second);
    expect(first).not.toBe(second);
  });
});
