/** Steps with names, checks that say what they saw, and the closing "N passed, N failed" line. */
import fs from 'node:fs';
import path from 'node:path';

let passed = 0;
let failed = 0;
const failures = [];

export class CheckFailed extends Error {}

export function check(condition, message) {
  if (!condition) throw new CheckFailed(message);
}

/** `text` holds every one of `needles` (the text itself is shown, shortened, when one is missing). */
export function contains(text, ...needles) {
  for (const needle of needles) {
    const found = needle instanceof RegExp ? needle.test(text) : text.includes(needle);
    check(found, `expected ${needle} in:\n${indent(text.slice(0, 1500))}`);
  }
}

const indent = (text) => text.replace(/^/gm, '      ');

/** A JavaScript stack in front of a user is a bug, on Windows as anywhere. */
export function noStack(result) {
  const both = `${result.stdout}\n${result.stderr}`;
  check(!/^\s+at .+[(\\/].*:\d+:\d+\)?$/m.test(both) && !both.includes('node:internal'), `a stack trace was printed:\n${indent(both.slice(0, 1500))}`);
}

/** A CLI run that must end with `code`; its output is returned for more checks. */
export function exits(result, code) {
  noStack(result);
  check(result.code === code, `exit code ${result.code}, expected ${code}; output:\n${indent(`${result.stdout}\n${result.stderr}`.slice(0, 2000))}`);
  return `${result.stdout}\n${result.stderr}`;
}

export async function step(name, action) {
  const started = Date.now();
  try {
    await action();
    passed += 1;
    console.log(`✔ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    failed += 1;
    failures.push(name);
    const detail = error instanceof CheckFailed ? error.message : (error?.stack ?? String(error));
    console.log(`✖ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)\n${indent(detail)}`);
  }
}

export function summary() {
  if (failures.length > 0) console.log(`Failed: ${failures.join('; ')}`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0;
}

/**
 * The data file as the CLI left it: parsed, in the current layout, with no lock or temporary file
 * beside it (a Windows-only failure to rename or to unlink would leave one).
 */
export function readData(file) {
  const text = fs.readFileSync(file, 'utf8');
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CheckFailed(`${file} is not JSON: ${error.message}`);
  }
  check(Number.isInteger(data.schemaVersion) && Array.isArray(data.records), `${file} has no schemaVersion/records`);
  const ids = data.records.map((record) => record.id);
  check(new Set(ids).size === ids.length, `${file} holds one id twice`);
  const base = path.basename(file);
  const leftovers = fs.readdirSync(path.dirname(file)).filter((name) => name === `${base}.lock` || (name.startsWith(`.${base}.`) && name.endsWith('.tmp')));
  check(leftovers.length === 0, `left beside the data file: ${leftovers.join(', ')}`);
  return data;
}

/** The record with this name (NFC, as the store keeps it). */
export function byName(data, name) {
  const record = data.records.find((r) => r.fields.name === name.normalize('NFC'));
  check(record !== undefined, `no record named ${name}; names: ${data.records.map((r) => r.fields.name).join(', ')}`);
  return record;
}
