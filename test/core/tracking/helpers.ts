import type { StudentRecord, StudentState, TrackingEvent } from '../../../src/core/record.js';

/** An instant given as Vietnam's wall clock ('2026-03-06T09:00'). */
export const vn = (local: string): Date => new Date(`${local}+07:00`);

export function record(
  id: string,
  name: string,
  state: StudentState,
  events: Array<[TrackingEvent['type'], string, string?]> = [],
): StudentRecord {
  return {
    id,
    createdAt: '2026-03-01T01:00:00.000Z',
    updatedAt: '2026-03-01T01:00:00.000Z',
    state,
    fields: { name, phone: '0912345678' },
    events: events.map(([type, local, value]) => ({
      type,
      at: vn(local).toISOString(),
      ...(value === undefined ? {} : { value }),
    })),
  };
}
