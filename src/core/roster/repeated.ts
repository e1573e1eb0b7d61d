/**
 * The values that occur more than once in a column (BHXH codes, ID numbers, phones), found without
 * a map of every value: a 100,000-row roster would need one of several MB per column, nearly all
 * of it for values that occur once. Each value is first counted by its hash in a fixed table; a
 * value alone in its slot is certainly unique, and only the few that share a slot are compared.
 */
const SLOT_BITS = 20;
const SLOTS = 1 << SLOT_BITS;

/** FNV-1a over the UTF-16 code units: cheap, and spreads short digit strings well. */
function slotOf(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) hash = Math.imul(hash ^ value.charCodeAt(i), 0x01000193);
  return (hash >>> 0) & (SLOTS - 1);
}

/** Of `value(item)` for each item (undefined left out), those given by two items or more. */
export function repeatedValues<T>(items: readonly T[], value: (item: T) => string | undefined): Set<string> {
  const repeated = new Set<string>();
  if (items.length < 2) return repeated;
  // 0, 1, or 2 for "two or more"; each item's slot is kept, so it is hashed once.
  const counts = new Uint8Array(SLOTS);
  const slots = new Int32Array(items.length).fill(-1);
  items.forEach((item, i) => {
    const text = value(item);
    if (text === undefined) return;
    const slot = slotOf(text);
    slots[i] = slot;
    if ((counts[slot] as number) < 2) counts[slot] = (counts[slot] as number) + 1;
  });
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const slot = slots[i] as number;
    if (slot < 0 || counts[slot] !== 2) return;
    const text = value(item) as string;
    if (seen.has(text)) repeated.add(text);
    else seen.add(text);
  });
  return repeated;
}
