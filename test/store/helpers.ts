import fs from 'node:fs';
import { vi } from 'vitest';
import { tempFolder } from '../temp.js';
import type { StudentFields } from '../../src/core/record.js';

/** A fresh folder per test, removed afterwards. */
export const tempHome = (): string => tempFolder('vssid-store-');

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

/** Every rename the store makes; the one onto data.json is the write of the file. */
export const dataWrites = () => vi.spyOn(fs, 'renameSync');
