/**
 * A FAT drive for Wine, as a USB stick is on a monitor's laptop: an image made by mkfs.fat,
 * mounted with fusefat (FUSE, no kernel module needed) and given to Wine as drive E:. FAT has no
 * hard links: link() fails there, so the CLI's fallbacks for such drives run.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { MissingTool } from './wine.mjs';

const run = (command, args) => spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const have = (program) => run('sh', ['-c', `command -v ${program}`]).status === 0;

function install() {
  const sudo = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
  const [command, ...args] = [...sudo, 'apt-get', '-qq', '-o', 'DPkg::Lock::Timeout=300', 'install', '-y', '--no-install-recommends', 'fusefat', 'dosfstools'];
  console.log('Installing fusefat and dosfstools (apt-get)…');
  const result = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0) throw new MissingTool(`apt-get install fusefat dosfstools failed: ${result.stderr.trim().split('\n').at(-1)}`);
}

/** Mounts a fresh 8 MB FAT image at `<work>/fat` as Wine's E:; returns its Linux folder and an unmount. */
export function mountFatDrive(prefix, work) {
  if (!have('fusefat') || !have('mkfs.fat')) install();
  if (!fs.existsSync('/dev/fuse')) throw new MissingTool('no /dev/fuse: FUSE is not available here');
  const image = path.join(work, 'usb.img');
  const mountPoint = path.join(work, 'fat');
  fs.mkdirSync(mountPoint, { recursive: true });
  if (run('mkfs.fat', ['-C', image, '8192']).status !== 0) throw new MissingTool('mkfs.fat failed');
  const mounted = run('fusefat', ['-o', 'rw+', image, mountPoint]);
  if (mounted.status !== 0) throw new MissingTool(`fusefat could not mount: ${mounted.stderr.trim()}`);
  const drive = path.join(prefix, 'dosdevices', 'e:');
  fs.rmSync(drive, { force: true });
  fs.symlinkSync(mountPoint, drive);
  return {
    root: mountPoint,
    unmount() {
      fs.rmSync(drive, { force: true });
      if (run('fusermount', ['-u', mountPoint]).status !== 0) run('umount', [mountPoint]);
    },
  };
}
