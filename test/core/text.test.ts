import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareVietnamese, compareVietnameseNumbers, excerpt, foldForSearch, foldWhole, normalizeText, toAsciiDigits } from '../../src/core/text.js';

describe('normalizeText', () => {
  it('composes decomposed (NFD) input', () => {
    const nfd = 'Nguyễn Thị Hoà'.normalize('NFD');
    expect(nfd).not.toBe('Nguyễn Thị Hoà');
    expect(normalizeText(nfd)).toBe('Nguyễn Thị Hoà'.normalize('NFC'));
  });

  it('removes zero-width characters, BOM, word joiner and soft hyphen', () => {
    expect(normalizeText('\uFEFFHà\u200B Nội\u200C\u200D\u2060 Vi\u00ADệt')).toBe('Hà Nội Việt');
  });

  it('turns NBSP, ideographic and other Unicode spaces, tabs and newlines into one space', () => {
    expect(normalizeText('  Trần\u00A0\u00A0Văn\u3000Bình\t\r\nAn\u2003 ')).toBe('Trần Văn Bình An');
  });

  it('drops control characters', () => {
    expect(normalizeText('Lê\u0000 Văn\u0007 Tám\u007F')).toBe('Lê Văn Tám');
  });

  it('composes a letter with a mark that an invisible character used to separate', () => {
    expect(normalizeText('a\u200B\u0301')).toBe('á');
  });

  // The steps normalizeText takes on any text that is not plain words (its quick path must agree).
  const fullSteps = (s: string) =>
    s
      .normalize('NFC')
      .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
      .replace(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .normalize('NFC');

  it('leaves plain words as they are: every printable ASCII and precomposed Latin letter, alone or beside another', () => {
    for (const [from, to] of [[0x21, 0x7e], [0xa1, 0xac], [0xae, 0x24f], [0x1e00, 0x1eff]] as const) {
      for (let code = from; code <= to; code++) {
        const char = String.fromCodePoint(code);
        for (const text of [char, `a${char}`, `${char}${char} ${char}b`]) expect(normalizeText(text)).toBe(fullSteps(text));
      }
    }
  });

  it('gives what its full steps give on any mix of letters, marks, spaces and invisible characters', () => {
    const pieces = ['a', 'A', 'ễ', 'Đ', 'ư', 'ơ', ' ', '  ', '\u0301', '\u0323', '\u00A0', '\u00AD', '\u200B', '\t', '\n', '\u202E', '\u007F', 'ǅ', 'ẛ', 'Å', 'e\u0302', '\u212B'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(normalizeText(text)).toBe(fullSteps(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const once = normalizeText(s);
        expect(normalizeText(once)).toBe(once);
      }),
    );
  });
});

describe('foldForSearch', () => {
  it('removes case and diacritics, đ included', () => {
    expect(foldForSearch('Đắk Lắk')).toBe('dak lak');
    expect(foldForSearch('THỪA THIÊN HUẾ')).toBe('thua thien hue');
    expect(foldForSearch('Quên mật khẩu')).toBe('quen mat khau');
  });

  it('matches both tone-mark placements (Hòa / Hoà)', () => {
    expect(foldForSearch('Khánh Hòa')).toBe(foldForSearch('Khánh Hoà'));
    expect(foldForSearch('Hoà Bình'.normalize('NFD'))).toBe('hoa binh');
  });

  it('collapses punctuation to spaces', () => {
    expect(foldForSearch('TP. Hồ Chí Minh')).toBe('tp ho chi minh');
    expect(foldForSearch('Bà Rịa – Vũng Tàu')).toBe('ba ria vung tau');
    expect(foldForSearch('  ...  ')).toBe('');
  });

  it('never outputs anything but lowercase letters, digits and single spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const folded = foldForSearch(s);
        expect(folded).toBe(folded.trim());
        expect(folded).not.toMatch(/ {2}|\p{M}/u);
      }),
    );
  });
});

describe('toAsciiDigits', () => {
  it('converts full-width and other decimal digits', () => {
    expect(toAsciiDigits('０９１２３４５６７８')).toBe('0912345678');
    expect(toAsciiDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(toAsciiDigits('०९')).toBe('09');
    expect(toAsciiDigits('𝟎𝟗𝟘𝟡')).toBe('0909');
  });

  it('leaves other text alone', () => {
    expect(toAsciiDigits('Phường 12, Quận 3')).toBe('Phường 12, Quận 3');
  });

  it('maps every Unicode decimal digit to an ASCII digit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(toAsciiDigits(s)).not.toMatch(/[^\P{Nd}0-9]/u);
      }),
    );
  });
});

describe('excerpt', () => {
  it('shortens long values for messages', () => {
    expect(excerpt('a'.repeat(100), 10)).toBe(`${'a'.repeat(9)}…`);
    expect(excerpt('ngắn')).toBe('ngắn');
  });
});

describe('compareVietnamese', () => {
  it('orders by the Vietnamese alphabet, and numbers by their value when asked', () => {
    expect(['Đức', 'Dũng', 'Bình', 'An', 'Ánh'].sort(compareVietnamese)).toEqual(['An', 'Ánh', 'Bình', 'Dũng', 'Đức']);
    expect(['12A10', '12A2', '10A1'].sort(compareVietnameseNumbers)).toEqual(['10A1', '12A2', '12A10']);
    expect(['12A10', '12A2'].sort(compareVietnamese)).toEqual(['12A10', '12A2']);
  });
});

describe('foldForSearch a character at a time', () => {
  // Every character of the ranges the fast path takes, and a few from outside that must go the whole way.
  const ranges: Array<[number, number]> = [[0x21, 0x7e], [0xa1, 0xac], [0xae, 0x24f], [0x1e00, 0x1eff]];
  const inRange = ranges.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)));
  const word = fc.array(fc.constantFrom(...inRange), { minLength: 1, maxLength: 8 }).map((cs) => cs.join(''));

  it('gives the whole-string fold for every word of the ranges it takes', () => {
    for (const character of inRange) expect(foldForSearch(character)).toBe(foldWhole(character));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), (words) => {
        const name = words.join(' ');
        expect(foldForSearch(name)).toBe(foldWhole(name));
      }),
      { numRuns: 2000 },
    );
  });

  it('and the same for any other text (which takes the whole way)', () => {
    for (const text of ['Nguye\u0302\u0303n Văn An', ' Lê  Văn\tAn ', 'Σίσυφος', '１２A３', 'Hà\u200BNội', 'Đắk Lắk']) {
      expect(foldForSearch(text)).toBe(foldWhole(text));
    }
    expect(foldForSearch('Nguyễn Văn An')).toBe('nguyen van an');
    expect(foldForSearch('Đắk-Lắk (cũ)')).toBe('dak lak cu');
  });
});
