import { describe, expect, it } from 'vitest';
import { applyCollect, collectSources, fromCollect, planCollect } from '../../../src/core/collect/merge.js';
import type { StudentRecord } from '../../../src/core/record.js';

const now = new Date('2026-12-06T10:00:00Z');
const saved = (over: Partial<StudentRecord> = {}): StudentRecord => ({
  id: 'k3f9q2', createdAt: now.toISOString(), updatedAt: now.toISOString(), state: 'draft', events: [],
  fields: { name: 'Nguyễn Văn An', bhxhCode: '7931234567', idNumber: '079205001234', phone: '0912345678', street: '12 Lê Lợi' },
  sources: { name: 'collect', bhxhCode: 'collect', idNumber: 'collect', phone: 'collect', street: 'wizard' },
  ...over,
});
const same = { bhxhCode: '7931234567', idNumber: '079205001234' };

describe('planCollect', () => {
  it('a student not saved yet is new', () => {
    expect(planCollect([saved()], { bhxhCode: '7931234999', idNumber: '079205009999' }).kind).toBe('new');
  });

  it('refuses a sending that matches only one of the two numbers: nobody changes another’s record', () => {
    expect(planCollect([saved()], { bhxhCode: '7931234567', idNumber: '079205009999' })).toMatchObject({ kind: 'refused', reason: 'mismatch' });
    expect(planCollect([saved()], { bhxhCode: '7931234999', idNumber: '079205001234' })).toMatchObject({ kind: 'refused', reason: 'mismatch' });
  });

  it('never changes a student past ready', () => {
    expect(planCollect([saved({ state: 'submitted' })], { ...same, name: 'Nguyễn Văn Ân' })).toMatchObject({ kind: 'refused', reason: 'locked' });
  });

  it('updates what came from a phone, keeps what the monitor typed, holds a new phone or e-mail', () => {
    const plan = planCollect([saved()], { ...same, name: 'Nguyễn Văn Ân', street: '14 Lê Lợi', phone: '0987654321', email: 'an@gmail.com', ward: 'Phường Sài Gòn' });
    if (plan.kind !== 'update') throw new Error(plan.kind);
    expect(plan.changes.map((c) => c.field)).toEqual(['name', 'email', 'ward']);
    expect(plan.conflicts).toEqual([{ field: 'street', from: '12 Lê Lợi', to: '14 Lê Lợi' }]);
    expect(plan.held).toEqual([{ field: 'phone', from: '0912345678', to: '0987654321' }]);
  });

  it('a first e-mail for a saved student is not held: nothing was there to replace', () => {
    const plan = planCollect([saved()], { ...same, email: 'an@gmail.com' });
    expect(plan).toMatchObject({ kind: 'update', changes: [{ field: 'email', to: 'an@gmail.com' }], held: [] });
  });
});

describe('applyCollect', () => {
  it('marks the changed fields as from collect and sends a ready student back to draft', () => {
    const record = saved({ state: 'ready' });
    const next = applyCollect(record, [{ field: 'phone', from: '0912345678', to: '0987654321' }], now);
    expect(next).toMatchObject({ state: 'draft', phoneConfirmed: '0987654321', fields: { phone: '0987654321' } });
    expect(next.events.at(-1)).toEqual({ type: 'reopened', at: now.toISOString() });
    expect(applyCollect(record, [], now)).toBe(record);
  });

  it('fromCollect tells a record set from a phone', () => {
    expect(fromCollect(saved())).toBe(true);
    expect(fromCollect({ sources: { name: 'wizard' } })).toBe(false);
    expect(collectSources({ name: 'A B' })).toEqual({ name: 'collect' });
  });
});
