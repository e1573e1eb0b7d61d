#!/usr/bin/env node
// Commands on a whole school: `show <id>`, `status <id> <event>`, `list` and `status` on stores of
// 40, 1,000 and 5,000 students, each as a ratio to `node -e 0` measured in the same run, against
// the goals for a class (40) and a school (5,000).
// The stores are written by the store's own code (openStore + saveMany, events by applyEvent),
// bundled from src, so they are what the current schema accepts.
// Options: --runs N (BENCH_RUNS, default 9), --sizes 40,1000,5000 (BENCH_STORE_SIZES).
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { alternate, bin, fail, importSources, printTable, remove, runNode, setting, tempDir } from './lib.mjs';
import { rosterRows } from './roster-gen.mjs';

const sizes = setting('--sizes', 'BENCH_STORE_SIZES', '40,1000,5000').split(',').map(Number);
const runs = Number(setting('--runs', 'BENCH_RUNS', '9'));
const dir = tempDir();

/** openStore, applyEvent and the form's rules from src, in one file this script can import. */
async function storeModule() {
  return importSources(dir, 'store-code.mjs', [
    "export { openStore } from './src/store/store.ts';",
    "export { applyEvent } from './src/core/tracking/transitions.ts';",
    "export { isReadyRecord, parseField } from './src/core/fields/index.ts';",
  ]);
}

/** The commands measured on each store, with their arguments for a student's id. */
const COMMANDS = (id) => [
  ['show <id>', ['show', id]],
  ['status <id> <event>', ['status', id, 'file-number', '123456']],
  ['list', ['list']],
  ['status', ['status']],
];
/**
 * The most each command may take, as a ratio to `node -e 0`, by store size: a class's store reads
 * and writes in no noticeable time; a school's whole file (about 4 MB) is read, checked and
 * written whole, one student's command within 4× and the board within 6×.
 */
const GOALS = {
  40: { 'show <id>': 2.2, 'status <id> <event>': 2.2, list: 2.2, status: 2.2 },
  5000: { 'show <id>': 4, 'status <id> <event>': 4, status: 6 },
};

/** Where a generated student stops on the path: a school mid-way through registration. */
const PATHS = [[], ['ready'], ['ready', 'submitted'], ['ready', 'submitted', 'file-number'], ['ready', 'submitted', 'file-number', 'password', 'done']];

/** Each answer through its field's rule, as the wizard stores it; a refused one stops the bench. */
function formFields(code, answers) {
  return Object.fromEntries(Object.entries(answers).map(([key, value]) => {
    const parsed = code.parseField(key, value);
    if ('error' in parsed) fail(`${key}: ${parsed.error}`);
    return [key, parsed.value];
  }));
}

/** A store of `size` students in `home`; returns the id of a submitted one, for `status <id> file-number`. */
function makeStore(code, home, size) {
  const store = code.openStore({ home });
  const now = new Date();
  const day = 24 * 3600_000;
  const records = [];
  let submitted;
  let i = 0;
  for (const row of rosterRows(size, 7)) {
    // Through the form's own rules: the fields are stored as the wizard would store them.
    const fields = formFields(code, {
      subjectType: 'individual', contactPerson: row.name, channel: 'portal',
      name: row.name, bhxhCode: row.bhxhCode, idNumber: row.idNumber, phone: row.phone,
      ...(row.email ? { email: row.email } : {}),
      province: row.province, ward: row.ward, street: row.street,
      frontPhoto: `anh/${row.bhxhCode}-truoc.jpg`, backPhoto: `anh/${row.bhxhCode}-sau.jpg`,
      receivingAgency: 'BHXH cơ sở Quận 1', submissionMethod: 'reception', commitment: true,
    });
    let record = store.create(fields, new Date(now.getTime() - 20 * day));
    const path = PATHS[i % PATHS.length];
    path.forEach((type, step) => {
      const at = new Date(now.getTime() - (10 - 2 * step) * day).toISOString();
      const event = { type, at, ...(type === 'file-number' ? { value: `HS${row.bhxhCode}` } : {}) };
      record = code.applyEvent(record, event, now, (fields) => code.isReadyRecord(fields, false));
    });
    if (record.state === 'submitted') submitted ??= record.id;
    records.push(record);
    i++;
  }
  store.saveMany(records, now);
  return submitted;
}

try {
  const code = await storeModule();
  const cases = [];
  for (const size of sizes) {
    const pristine = join(dir, `store-${size}`);
    const id = makeStore(code, pristine, size);
    if (id === undefined) fail(`no submitted student in a store of ${size}`);
    const home = join(dir, `run-${size}`);
    /** A fresh copy of the store before every run: `status <id> <event>` changes it. */
    const run = (...args) => () => {
      remove(home);
      cpSync(pristine, home, { recursive: true });
      const result = runNode([bin, ...args], { env: { VSSID_HELPER_HOME: home } });
      if (result.status !== 0) fail(`\`${args.join(' ')}\` on ${size} students exited ${result.status}:\n${result.stderr.slice(0, 600)}`);
      return result.wall;
    };
    for (const [command, args] of COMMANDS(id)) {
      cases.push({ name: `${command.padEnd(20)} ${String(size).padStart(5)}`, command, size, run: run(...args) });
    }
  }
  const result = await alternate(cases, { runs });
  const goalOf = (row) => {
    const { command, size } = cases.find((c) => c.name === row.name);
    const goal = GOALS[size]?.[command];
    return goal === undefined ? '' : `  (≤ ${goal}×: ${row.ratio <= goal ? 'met' : 'not met'})`;
  };
  printTable(`Stores of ${sizes.join(', ')} students — ${runs} runs each, medians, goals for ${Object.keys(GOALS).join(' and ')} students`, result, goalOf);
  writeFileSync(join(dir, 'done'), '');
} finally {
  // BENCH_KEEP=1 keeps the stores (store-<size>/) for profiling one command by hand.
  if (process.env.BENCH_KEEP) console.log(`Stores kept in ${dir}`);
  else remove(dir);
}
