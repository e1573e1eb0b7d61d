import { describe, expect, it } from 'vitest';
import { DraftSession } from '../../../src/flows/register/session.js';
import { openStore } from '../../../src/store/store.js';
import { tempHome } from '../../store/helpers.js';

const now = () => new Date('2026-09-02T02:00:00Z');

describe('DraftSession: who set each field', () => {
  it('marks a field typed in the wizard as such, and leaves an imported value accepted unchanged as imported', () => {
    const store = openStore({ home: tempHome() });
    const imported = store.create({ name: 'Nguyễn Văn An', bhxhCode: '7931234567', street: '3 Lê Lợi' }, now());
    store.save({ ...imported, sources: { name: 'import', bhxhCode: 'import', street: 'import' } }, now());
    const session = new DraftSession(store, now, store.require(imported.id));
    session.set('street', '99 Nguyễn Huệ');
    session.set('name', 'Nguyễn Văn An');
    session.confirmPhone('0912345678');
    expect(store.require(imported.id).sources).toEqual({ name: 'import', bhxhCode: 'import', street: 'wizard', phone: 'wizard' });
  });
});
