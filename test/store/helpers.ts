import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { StudentFields } from '../../src/core/record.js';

const made: string[] = [];

/** A fresh folder per test, removed afterwards. */
export function tempHome(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vssid-store-'));
  made.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

let counter = 0;
/** Distinct, valid-looking fields; override what the test cares about. */
export function student(overrides: StudentFields = {}): StudentFields {
  counter++;
  return {
    name: `Học sinh ${counter}`,
    bhxhCode: String(7900000000 + counter),
    idNumber: String(79200000000 + counter).padStart(12, '0'),
    phone: `09${String(10000000 + counter)}`,
    ...overrides,
  };
}
