/**
 * Deploy and rollback: a finished build is copied to `<target>/releases/.incoming-<id>`, then
 * scripts/deploy/release.sh (on the serving machine) renames it to `releases/<id>`, hard-links
 * the hashed assets of the other kept releases into it, switches the `current` symlink by
 * rename(2) and keeps the newest releases. `<target>` is a local folder or `user@host:/path`
 * (rsync and ssh). Everything here builds commands; `runSteps` runs them, under a lock.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createReadStream, lstatSync, readdirSync, statSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { join, resolve } from 'node:path';

export class DeployError extends Error {}

export type Target = { kind: 'local'; path: string } | { kind: 'ssh'; host: string; path: string };

/** Releases kept by default (the live one always stays). */
export const KEEP = 5;
/** What release.sh accepts as an id: build time (UTC) and commit. */
export const ID_PATTERN = /^\d{8}T\d{6}Z-[0-9a-z]+$/;
/** Remote paths are restricted to characters that need no quoting in any shell. */
const SAFE_PATH = /^\/[A-Za-z0-9._/~-]*$/;
const HOST = /^(?:[A-Za-z0-9._-]+@)?(?:[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\])$/;

/** `user@host:/path` or `host:/path` → ssh; anything else is a local folder. Rejects what could be misread. */
export function parseTarget(raw: string | undefined, cwd = process.cwd()): Target {
  if (!raw || !raw.trim()) throw new DeployError('Give a target: --to /srv/changhe or --to user@host:/srv/changhe');
  if (/[\0-\x1f\x7f]/.test(raw)) throw new DeployError('The target contains control characters.');
  const remote = /^((?:[^/:@[]+@)?\[[^\]]*\]|[^/:]+):(.*)$/.exec(raw);
  if (remote) {
    const [, host = '', path = ''] = remote;
    if (host.startsWith('-') || !HOST.test(host)) throw new DeployError(`Not a host name: "${host}"`);
    if (!SAFE_PATH.test(path) || path.split('/').includes('..'))
      throw new DeployError(`The remote path must be absolute and use only letters, digits and . _ - / ~: "${path}"`);
    if (path.replace(/\/+$/, '') === '') throw new DeployError('Refusing to deploy to the root folder "/".');
    return { kind: 'ssh', host, path: path.replace(/\/+$/, '') };
  }
  const path = resolve(cwd, raw);
  if (path === '/') throw new DeployError('Refusing to deploy to the root folder "/".');
  return { kind: 'local', path };
}

/** `20261126T003000Z-3608348abcde`: sorts by build time. */
export function releaseId(builtAt: Date, commit: string): string {
  if (Number.isNaN(builtAt.getTime())) throw new DeployError('The build time is not a date.');
  const stamp = builtAt.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const id = `${stamp}-${commit.toLowerCase().replace(/[^0-9a-z]/g, '') || 'nogit'}`;
  if (!ID_PATTERN.test(id)) throw new DeployError(`Bad release id ${id}`);
  return id;
}

/** The short commit of the checkout, or "nogit". */
export function currentCommit(cwd = process.cwd()): string {
  try {
    return execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'nogit';
  }
}

/** Files a finished build has (the last, `zh/index.html.br`, is written by the build's last step); a build missing one is not deployed. */
export const REQUIRED = ['index.html', '404.html', 'zh/index.html', 'en/index.html', '_astro', 'pagefind/pagefind-entry.json', 'zh/index.html.br'];

/** Checks that `dist` is a whole build of regular files and folders; returns its build time. */
export function checkBuild(dist: string): { builtAt: Date } {
  const stat = lstatSync(dist, { throwIfNoEntry: false });
  if (!stat?.isDirectory()) throw new DeployError(`No build at ${dist}: run \`npm run build\` (and \`npm test\`) first.`);
  const missing = REQUIRED.filter((f) => !lstatSync(join(dist, f), { throwIfNoEntry: false }));
  if (missing.length) throw new DeployError(`${dist} is not a finished build: missing ${missing.join(', ')}. Run \`npm run build\`.`);
  const odd: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (!entry.isFile()) odd.push(path);
    }
  };
  walk(dist);
  if (odd.length) throw new DeployError(`${dist} holds links or special files, which a build never makes: ${odd.slice(0, 5).join(', ')}`);
  return { builtAt: statSync(join(dist, 'index.html')).mtime };
}

export interface Step {
  /** what it does, for messages */
  what: string;
  argv: string[];
  /** fed to the command (release.sh, for ssh) */
  stdinFile?: string;
}

/** Quote for a POSIX shell (the remote side of ssh). */
export const shellQuote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;

/** release.sh with arguments, here or over ssh. */
export function releaseCommand(target: Target, script: string, args: string[]): Pick<Step, 'argv' | 'stdinFile'> {
  if (target.kind === 'local') return { argv: ['sh', script, ...args] };
  return {
    argv: ['ssh', '-o', 'BatchMode=yes', '--', target.host, ['sh', '-s', '--', ...args].map(shellQuote).join(' ')],
    stdinFile: script,
  };
}

export const lockOwner = (now = new Date()) =>
  `${userInfo().username}@${hostname()} pid ${process.pid} since ${now.toISOString()}`.replace(/[^\w.@:+ -]/g, '_');

export interface DeployPlan {
  lock: Step;
  work: Step[];
  unlock: Step;
}

/** Lock, copy, activate (rename, carry assets, switch, prune), unlock. */
export function planDeploy(o: { target: Target; dist: string; id: string; keep?: number; script: string; owner: string }): DeployPlan {
  if (!ID_PATTERN.test(o.id)) throw new DeployError(`Bad release id ${o.id}`);
  const keep = String(o.keep ?? KEEP);
  const base = o.target.path;
  const incoming = `${base}/releases/.incoming-${o.id}`;
  const dist = resolve(o.dist);
  const copy: Step =
    o.target.kind === 'local'
      ? { what: `copy ${dist} to ${incoming}`, argv: ['cp', '-a', '--', `${dist}/.`, incoming] }
      : {
          what: `rsync ${dist} to ${o.target.host}:${incoming}`,
          argv: ['rsync', '-a', '--delete', `--link-dest=${base}/current/`, '-e', 'ssh -o BatchMode=yes', '--', `${dist}/`, `${o.target.host}:${incoming}/`],
        };
  return {
    lock: { what: 'take the deploy lock', ...releaseCommand(o.target, o.script, ['lock', base, o.owner]) },
    work: [copy, { what: `make ${o.id} live`, ...releaseCommand(o.target, o.script, ['activate', base, o.id, keep]) }],
    unlock: { what: 'release the deploy lock', ...releaseCommand(o.target, o.script, ['unlock', base]) },
  };
}

export function planRollback(o: { target: Target; keep?: number; script: string; owner: string }): DeployPlan {
  const base = o.target.path;
  return {
    lock: { what: 'take the deploy lock', ...releaseCommand(o.target, o.script, ['lock', base, o.owner]) },
    work: [{ what: 'switch to the previous release', ...releaseCommand(o.target, o.script, ['rollback', base, String(o.keep ?? KEEP)]) }],
    unlock: { what: 'release the deploy lock', ...releaseCommand(o.target, o.script, ['unlock', base]) },
  };
}

function run(step: Step, signal: AbortSignal): Promise<string> {
  return new Promise((done, fail) => {
    const [command = '', ...args] = step.argv;
    const child = spawn(command, args, { stdio: [step.stdinFile ? 'pipe' : 'ignore', 'pipe', 'pipe'], signal });
    if (step.stdinFile) createReadStream(step.stdinFile).pipe(child.stdin!);
    let out = '';
    let err = '';
    child.stdout!.on('data', (c) => (out += c));
    child.stderr!.on('data', (c) => (err += c));
    child.on('error', (e) => fail(new DeployError(`${step.what}: ${e.message}`)));
    child.on('close', (code) =>
      code === 0 ? done(out) : fail(new DeployError(`${step.what} failed (${code ?? 'killed'}): ${err.trim() || out.trim()}`)),
    );
  });
}

/**
 * Runs a plan. The lock is released whether the work succeeds, fails or is interrupted
 * (SIGINT/SIGTERM); a copy cut short stays under releases/.incoming-* and is never live.
 * Returns the id release.sh reports live.
 */
export async function runPlan(plan: DeployPlan): Promise<string> {
  const abort = new AbortController();
  await run(plan.lock, abort.signal);
  const stop = () => abort.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    let out = '';
    for (const step of plan.work) {
      if (abort.signal.aborted) throw new DeployError('Interrupted: nothing was switched.');
      out = await run(step, abort.signal).catch((e) => {
        throw abort.signal.aborted ? new DeployError(`Interrupted during "${step.what}": nothing was switched.`) : e;
      });
    }
    const live = /live: (\S+)/.exec(out)?.[1];
    if (!live) throw new DeployError(`release.sh did not say what went live: ${out}`);
    return live;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await run(plan.unlock, new AbortController().signal);
  }
}

/** "2026-11-26 00:30:00 UTC, commit 3608348abcde" from an id. */
export function describeRelease(id: string): string {
  const m = /^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z-(.+)$/.exec(id);
  return m ? `built ${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}:${m[6]} UTC, commit ${m[7]}` : id;
}

