/** Loads the ward list on first use: a chunk of its own, so commands that need no ward never pay for it. */
import { WardList } from './ward-list.js';

let loaded: Promise<WardList> | undefined;
let extraKey = '';

/** The ward list with the monitor's own additions (`config add extraWards …`). */
export async function loadWardList(extra: readonly string[] = []): Promise<WardList> {
  const key = extra.join('\n');
  if (loaded === undefined || key !== extraKey) {
    extraKey = key;
    loaded = import('./ward-source.js').then(({ default: data }) => new WardList(data, extra.flatMap(parseExtraWard)));
  }
  return loaded;
}

/** "Thành phố Hồ Chí Minh: Phường Mới" → its province and ward; the form config stores. */
export function parseExtraWard(entry: string): { province: string; ward: string }[] {
  const at = entry.indexOf(':');
  if (at < 0) return [];
  return [{ province: entry.slice(0, at).trim(), ward: entry.slice(at + 1).trim() }];
}
