import { describe, expect, it } from 'vitest';
import { receive } from '../../src/collect/receive.js';
import { UserError } from '../../src/errors.js';
import { openStore } from '../../src/store/store.js';
import { tempFolder } from '../temp.js';
import { classmate, photo, storedPhotos } from './helpers.js';

describe('receive', () => {
  it('a save the store refuses tells the phone nothing of the store’s reason, and leaves no photo', () => {
    const home = tempFolder();
    const store = openStore({ home });
    store.save = () => {
      throw new UserError('Trùng mã số BHXH với Trần Văn Bảo (k3f9q2).');
    };
    const result = receive({ store, now: new Date(), maxPhotoBytes: 5_000_000 }, { ...classmate(61) }, [photo(), photo()]);
    expect(result).toMatchObject({ status: 'refused', reason: 'notSaved', detail: 'Trùng mã số BHXH với Trần Văn Bảo (k3f9q2).' });
    expect(result.status === 'refused' && result.message).not.toContain('Trần Văn Bảo');
    expect(storedPhotos(home)).toEqual([]);
  });
});
