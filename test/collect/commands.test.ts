import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../e2e/helpers.js';
import { classmate, post, sealed, startTestServer, storedPhotos } from './helpers.js';

describe('students from collect in the other commands (built CLI)', () => {
  it('list, show and status say where they came from; remove deletes their photos', async () => {
    const run = await startTestServer();
    await post(run, sealed(run.key, classmate(41, { name: 'Lê Thị Hoa' })));
    await post(run, sealed(run.key, classmate(42, { name: 'Phạm Văn Minh' })));
    const [first, second] = run.store.list();
    expect(storedPhotos(run.home)).toHaveLength(4);

    expect(runCli(['list'], { home: run.home }).stdout).toContain('Lê Thị Hoa (tự khai)');
    expect(JSON.parse(runCli(['list', '--json'], { home: run.home }).stdout).students[0].fromCollect).toBe(true);
    expect(runCli(['show', first?.id ?? ''], { home: run.home }).stdout).toContain('tự khai trên điện thoại');
    expect(runCli(['status'], { home: run.home }).stdout).toContain('(tự khai)');

    const removed = runCli(['remove', first?.id ?? '', '--yes'], { home: run.home });
    expect(removed.code).toBe(0);
    expect(fs.existsSync(first?.fields.frontPhoto ?? '')).toBe(false);
    expect(fs.existsSync(first?.fields.backPhoto ?? '')).toBe(false);
    expect(fs.existsSync(second?.fields.frontPhoto ?? '')).toBe(true);
    expect(storedPhotos(run.home)).toHaveLength(2);
  });

  it('purge deletes the photos of the students it removes, and only theirs', async () => {
    const run = await startTestServer();
    await post(run, sealed(run.key, classmate(43)));
    await post(run, sealed(run.key, classmate(44)));
    const [done, waiting] = run.store.list();
    run.store.update(done?.id ?? '', (r) => ({ ...r, state: 'done', events: [{ type: 'done', at: '2026-03-02T03:00:00.000Z' }] }));
    const purged = runCli(['purge', '--done-before', '01/04/2026', '--yes'], { home: run.home });
    expect(purged.code).toBe(0);
    expect(fs.existsSync(done?.fields.frontPhoto ?? '')).toBe(false);
    expect(fs.existsSync(waiting?.fields.backPhoto ?? '')).toBe(true);
    expect(storedPhotos(run.home)).toHaveLength(2);
  });
});
