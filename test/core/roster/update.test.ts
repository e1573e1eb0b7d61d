import { describe, expect, it } from 'vitest';
import type { StudentRecord } from '../../../src/core/record.js';
import { applyUpdate, planUpdate } from '../../../src/core/roster/update.js';

const NOW = new Date('2026-09-02T03:00:00Z');
const record = (over: Partial<StudentRecord> = {}): StudentRecord => ({
  id: 'k3f9q2',
  createdAt: '2026-09-01T03:00:00.000Z',
  updatedAt: '2026-09-01T03:00:00.000Z',
  state: 'draft',
  fields: { name: 'Nguyễn Văn An', bhxhCode: '7931234567', phone: '0912345678', street: '12 Lê Lợi' },
  sources: { name: 'import', bhxhCode: 'import', phone: 'import', street: 'wizard' },
  events: [],
  ...over,
});

describe('planUpdate', () => {
  it('takes new values for empty and imported fields, and reports typed ones as conflicts', () => {
    const plan = planUpdate(record(), { phone: '0987654321', street: '34 Hai Bà Trưng', ward: 'Phường Bến Nghé', name: 'Nguyễn Văn An' }, false);
    expect(plan.changes).toEqual([
      { field: 'phone', from: '0912345678', to: '0987654321' },
      { field: 'ward', to: 'Phường Bến Nghé' },
    ]);
    expect(plan.conflicts).toEqual([{ field: 'street', from: '12 Lê Lợi', to: '34 Hai Bà Trưng' }]);
    expect(plan.locked).toBe(false);
  });

  it('overwrites typed fields with --overwrite, and treats a field without a source as typed', () => {
    expect(planUpdate(record(), { street: '34 Hai Bà Trưng' }, true).changes).toHaveLength(1);
    const old = record({ sources: undefined });
    expect(planUpdate(old, { phone: '0987654321' }, false).conflicts).toHaveLength(1);
  });

  it('changes nothing past ready, even with --overwrite', () => {
    const plan = planUpdate(record({ state: 'submitted' }), { phone: '0987654321' }, true);
    expect(plan).toEqual({ changes: [], conflicts: [{ field: 'phone', from: '0912345678', to: '0987654321' }], locked: true, refused: [] });
  });

  it('never brings back a phone troubleshooting recorded as wrong, even with --overwrite', () => {
    // Row 2 recorded 0377777740 as wrong; the monitor then typed the right number in the wizard.
    const fixed = record({
      fields: { name: 'Nguyễn Văn An', bhxhCode: '7931234567', phone: '0377777704' },
      sources: { phone: 'wizard' },
      events: [{ type: 'submitted', at: '2026-09-01T04:00:00.000Z' }, { type: 'reopened', at: '2026-09-01T05:00:00.000Z', value: '0377777740' }],
    });
    for (const overwrite of [false, true]) {
      const plan = planUpdate(fixed, { phone: '0377777740' }, overwrite);
      expect(plan.changes).toEqual([]);
      expect(plan.refused).toEqual([{ field: 'phone', from: '0377777704', to: '0377777740' }]);
    }
    // The number the monitor confirmed as right after all is no longer refused.
    const confirmed = { ...fixed, fields: { ...fixed.fields, phone: '0377777740' }, phoneConfirmed: '0377777740' };
    expect(planUpdate(confirmed, { phone: '0377777740' }, true).refused).toEqual([]);
  });
});

describe('applyUpdate', () => {
  it('marks changed fields as imported and sends a reviewed record back to draft', () => {
    const ready = record({ state: 'ready', sources: {} });
    const next = applyUpdate(ready, planUpdate(ready, { ward: 'Phường Bến Nghé' }, false), NOW);
    expect(next.fields.ward).toBe('Phường Bến Nghé');
    expect(next.sources?.ward).toBe('import');
    expect(next.state).toBe('draft');
    expect(next.events.at(-1)).toEqual({ type: 'reopened', at: NOW.toISOString() });
  });
});
