import { describe, expect, it } from 'vitest';
import { isRecord, recordProblem } from '../../src/core/record-check.js';

const good = {
  id: 'k3f9q2', createdAt: '2026-11-01T01:00:00.000Z', updatedAt: '2026-11-01T01:00:00.000Z', state: 'draft',
  fields: { name: 'Nguyễn Văn An', commitment: true }, sources: { name: 'import' }, events: [{ type: 'ready', at: '2026-11-02T01:00:00.000Z' }],
};

describe('recordProblem', () => {
  it('accepts a record of text fields, known sources and events of text', () => {
    expect(recordProblem(good)).toBeUndefined();
    expect(isRecord({ ...good, sources: undefined, className: '12A1' })).toBe(true);
  });

  it('names what is wrong: a field, a source, an event', () => {
    expect(recordProblem({ ...good, fields: { ...good.fields, phone: 912345678 } })).toBe('fields');
    expect(recordProblem({ ...good, fields: [] })).toBe('fields');
    expect(recordProblem({ ...good, sources: { name: 'fax' } })).toBe('fields');
    expect(recordProblem({ ...good, events: [{ type: 'ready', at: 1 }] })).toBe('events');
    expect(recordProblem({ ...good, events: [{ type: 'ready', at: 'x', value: 2 }] })).toBe('events');
    expect(recordProblem({ ...good, state: 'lost' })).toBe('state');
    expect(recordProblem({ ...good, id: '' })).toBe('id');
    expect(recordProblem(null)).toBe('not-an-object');
  });

  it('looks only at the fields a record has itself, as Object.values does', () => {
    const inherited = Object.assign(Object.create({ phone: 42 }) as Record<string, unknown>, { name: 'An' });
    expect(recordProblem({ ...good, fields: inherited })).toBeUndefined();
  });
});
