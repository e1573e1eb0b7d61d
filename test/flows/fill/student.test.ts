import { describe, expect, it } from 'vitest';
import { fillStudent, type FillContext } from '../../../src/flows/fill/student.js';
import { fillSteps } from '../../../src/core/fill/steps.js';
import type { StudentRecord } from '../../../src/core/record.js';
import type { Clipboard } from '../../../src/ui/clipboard.js';
import type { Key } from '../../../src/ui/keys.js';
import { captureOutput } from '../register/helpers.js';

const RECORD: StudentRecord = {
  id: 'k3f9q2',
  createdAt: '2026-03-01T01:00:00.000Z',
  updatedAt: '2026-03-01T01:00:00.000Z',
  state: 'ready',
  events: [{ type: 'ready', at: '2026-03-01T01:00:00.000Z' }],
  phoneConfirmed: '0912345678',
  fields: {
    subjectType: 'individual', name: 'Nguyễn Văn An', bhxhCode: '7931234567', idNumber: '079204001234',
    frontPhoto: '/p/mat-truoc.jpg', backPhoto: '/p/mat-sau.png', province: 'Thành phố Hồ Chí Minh', ward: 'Phường Sài Gòn',
    street: '12 Lê Lợi', contactPerson: 'Nguyễn Văn An', email: '', phone: '0912345678', channel: 'portal',
    receivingAgency: 'BHXH Thành phố Hồ Chí Minh', submissionMethod: 'reception', commitment: true,
  },
};

const key = (name: string): Key => ({ name, sequence: name, ctrl: false });
const ENTER = key('return');
const STEPS = fillSteps(RECORD.fields).length;

/** The loop with scripted keys (undefined: a long pause), a clipboard that logs, a store that applies the change. */
function harness(script: Array<Key | undefined>) {
  const output = captureOutput();
  const log: string[] = [];
  let saved: StudentRecord | undefined;
  const clipboard: Clipboard = {
    reason: undefined,
    write: async (text) => (log.push(text), true),
    clear: async () => void log.push('<clear>'),
    close: async () => void log.push('<close>'),
  };
  const ctx: FillContext = {
    output,
    clipboard,
    clock: () => new Date('2026-03-02T02:30:00.000Z'),
    keys: {
      next: async () => {
        if (script.length === 0) throw new Error('the loop asked for more keys than scripted');
        return script.shift();
      },
    },
    store: {
      update: (_id, change) => {
        saved = change(structuredClone(RECORD));
        return saved;
      },
    },
  };
  return { ctx, output, log, saved: () => saved };
}

describe('fillStudent', () => {
  it('copies each value as stored, box after box, and records submitted at the time c is pressed', async () => {
    const h = harness([...Array.from({ length: STEPS }, () => ENTER), key('c')]);
    expect(await fillStudent(h.ctx, RECORD)).toBe('submitted');
    const copied = h.log.filter((entry) => entry !== '<clear>');
    expect(copied).toEqual(['Nguyễn Văn An', '7931234567', '079204001234', '/p/mat-truoc.jpg', '/p/mat-sau.png', '12 Lê Lợi', 'Nguyễn Văn An', '0912345678']);
    expect(h.log.at(-1)).toBe('<clear>');
    expect(h.saved()?.state).toBe('submitted');
    expect(h.saved()?.events.at(-1)).toEqual({ type: 'submitted', at: '2026-03-02T02:30:00.000Z' });
    expect(h.output.text).toContain('Đã chép «0912 345 678» — dán vào ô Điện thoại di động, rồi Enter');
    expect(h.output.text).toContain('Enter: ô tiếp theo · b: quay lại ô trước · c: chép lại · q: dừng');
  });

  it('b goes back, c copies again, a long pause empties the clipboard, k records nothing', async () => {
    const h = harness([ENTER, key('b'), key('c'), undefined, ENTER, ...Array.from({ length: STEPS - 1 }, () => ENTER), key('k')]);
    expect(await fillStudent(h.ctx, RECORD)).toBe('not-submitted');
    expect(h.log.slice(0, 6)).toEqual(['Nguyễn Văn An', '7931234567', 'Nguyễn Văn An', 'Nguyễn Văn An', '<clear>', '7931234567']);
    expect(h.output.text).toContain('Đã xóa bộ nhớ tạm sau 3 phút không bấm phím');
    expect(h.saved()).toBeUndefined();
    expect(h.output.text).toContain('Chưa ghi gì: Nguyễn Văn An vẫn “Sẵn sàng”');
  });

  it('q stops without recording; b from the question goes back to the last box', async () => {
    const h = harness([...Array.from({ length: STEPS }, () => ENTER), key('b'), key('q')]);
    expect(await fillStudent(h.ctx, RECORD)).toBe('stopped');
    expect(h.saved()).toBeUndefined();
    expect(h.output.text.match(/Ô 14\/14/g)).toHaveLength(2);
  });
});
