/**
 * Deploy and rollback (src/lib/deploy/deploy.ts, scripts/deploy/release.sh): target parsing against
 * hostile input, the exact ssh/rsync commands, and the release folder's behaviour for real on
 * a local target: atomic switch, the lock, interrupted copies, retention, rollback, no asset skew.
 * Under load with nginx: tests/e2e/deploy.spec.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkBuild, DeployError, parseTarget, planDeploy, planRollback, releaseId } from '../../src/lib/deploy/deploy.ts';

const script = resolve('scripts/deploy/release.sh');
const node = process.execPath;

test('targets: local folders and user@host:/path; hostile or ambiguous ones are refused', () => {
  assert.deepEqual(parseTarget('/srv/changhe/'), { kind: 'local', path: '/srv/changhe' });
  assert.deepEqual(parseTarget('out/site', '/work'), { kind: 'local', path: '/work/out/site' });
  assert.deepEqual(parseTarget('deploy@web1.example.gov.cn:/srv/changhe/'), { kind: 'ssh', host: 'deploy@web1.example.gov.cn', path: '/srv/changhe' });
  assert.deepEqual(parseTarget('web1:/srv/changhe'), { kind: 'ssh', host: 'web1', path: '/srv/changhe' });
  assert.deepEqual(parseTarget('deploy@[2001:db8::1]:/srv/changhe'), { kind: 'ssh', host: 'deploy@[2001:db8::1]', path: '/srv/changhe' });
  // Not an ssh option: a slash before the colon makes it a local folder, passed after `--`.
  assert.deepEqual(parseTarget('-oProxyCommand=touch /tmp/x:/srv', '/work'), { kind: 'local', path: '/work/-oProxyCommand=touch /tmp/x:/srv' });
  for (const bad of [
    undefined,
    '',
    '   ',
    '/',
    '//',
    'host:/',
    '-oProxyCommand=reboot:/srv',
    'host:relative/path',
    'host:/srv/a b',
    "host:/srv/x';rm -rf /;'",
    'host:/srv/$(reboot)',
    'host:/srv/`id`',
    'host:/srv/../etc',
    'ho st:/srv',
    'user@:/srv',
    '/srv/changhe\n/etc',
    '/srv/\0x',
  ])
    assert.throws(() => parseTarget(bad), DeployError, JSON.stringify(bad));
});

test('release ids: build time in UTC and the commit, sortable', () => {
  assert.equal(releaseId(new Date('2026-11-26T00:30:55.123Z'), '3608348ABCdef'), '20261126T003055Z-3608348abcdef');
  assert.equal(releaseId(new Date('2026-01-02T03:04:05Z'), ''), '20260102T030405Z-nogit');
  assert.throws(() => releaseId(new Date('nope'), 'abc'), DeployError);
  assert.ok(releaseId(new Date('2026-01-02T00:00:00Z'), 'f') < releaseId(new Date('2026-01-10T00:00:00Z'), 'a'));
});

test('remote deploy: rsync into an incoming folder, then release.sh over ssh with every argument quoted', () => {
  const plan = planDeploy({
    target: parseTarget('deploy@web1.example:/srv/changhe'),
    dist: '/build/dist',
    id: '20261126T003055Z-3608348',
    script: '/repo/scripts/deploy/release.sh',
    owner: "ci@runner pid 1 since 2026-11-26T00:31:00.000Z",
  });
  assert.deepEqual(plan.lock, {
    what: 'take the deploy lock',
    argv: ['ssh', '-o', 'BatchMode=yes', '--', 'deploy@web1.example', "'sh' '-s' '--' 'lock' '/srv/changhe' 'ci@runner pid 1 since 2026-11-26T00:31:00.000Z'"],
    stdinFile: '/repo/scripts/deploy/release.sh',
  });
  assert.deepEqual(plan.work.map((s) => s.argv), [
    ['rsync', '-a', '--delete', '--link-dest=/srv/changhe/current/', '-e', 'ssh -o BatchMode=yes', '--', '/build/dist/', 'deploy@web1.example:/srv/changhe/releases/.incoming-20261126T003055Z-3608348/'],
    ['ssh', '-o', 'BatchMode=yes', '--', 'deploy@web1.example', "'sh' '-s' '--' 'activate' '/srv/changhe' '20261126T003055Z-3608348' '5'"],
  ]);
  assert.deepEqual(plan.unlock.argv.at(-1), "'sh' '-s' '--' 'unlock' '/srv/changhe'");
  const rollback = planRollback({ target: parseTarget('web1:/srv/changhe'), script: '/r.sh', owner: "it's me" });
  assert.equal(rollback.lock.argv.at(-1), "'sh' '-s' '--' 'lock' '/srv/changhe' 'it'\\''s me'");
  assert.equal(rollback.work[0]?.argv.at(-1), "'sh' '-s' '--' 'rollback' '/srv/changhe' '5'");
  assert.throws(() => planDeploy({ target: parseTarget('/x'), dist: 'dist', id: '../../etc', script, owner: 'me' }), DeployError);
});

/** A small fake build: pages, two hashed assets, a Pagefind index. */
function fakeBuild(dir: string, tag: string, time: string) {
  for (const d of ['zh', 'en', '_astro', 'pagefind/fragment']) mkdirSync(join(dir, d), { recursive: true });
  const css = `_astro/site.${tag}.css`;
  for (const page of ['index.html', '404.html', 'zh/index.html', 'en/index.html'])
    writeFileSync(join(dir, page), `<!doctype html><meta name="release" content="${tag}"><link rel="stylesheet" href="/${css}">`);
  writeFileSync(join(dir, css), `/* ${tag} */`);
  writeFileSync(join(dir, `_astro/photo.${tag}.avif`), tag);
  writeFileSync(join(dir, 'pagefind/pagefind-entry.json'), `{"tag":"${tag}"}`);
  writeFileSync(join(dir, 'zh/index.html.br'), 'br');
  writeFileSync(join(dir, `pagefind/fragment/en_${tag}.pf_fragment`), tag);
  utimesSync(join(dir, 'index.html'), new Date(time), new Date(time));
  return dir;
}

const deploy = (target: string, dist: string, ...extra: string[]) =>
  spawnSync(node, ['scripts/deploy.ts', '--to', target, '--dist', dist, ...extra], { encoding: 'utf8' });
const rollback = (target: string) => spawnSync(node, ['scripts/rollback.ts', '--to', target], { encoding: 'utf8' });
const live = (target: string) => readlinkSync(join(target, 'current'));
const releases = (target: string) => readdirSync(join(target, 'releases')).sort();

test('a local target: deploy, carry assets both ways, roll back, keep five, refuse a bad build', () => {
  const work = mkdtempSync(join(tmpdir(), 'deploy-'));
  const target = join(work, 'site');
  const builds = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((tag, i) => fakeBuild(join(work, tag), tag, `2026-11-2${i}T10:00:00Z`));
  const first = deploy(target, builds[0]!);
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stdout, /Live: 20261120T100000Z-[0-9a-z]+ \(built 2026-11-20 10:00:00 UTC, commit /);
  assert.match(live(target), /^releases\/20261120T100000Z-/);
  assert.equal(deploy(target, builds[1]!).status, 0);
  const [ra, rb] = releases(target);
  assert.equal(live(target), `releases/${rb}`);
  // The new release also holds the old one's hashed files (a page of A still finds them)…
  assert.equal(readFileSync(join(target, 'current/_astro/site.a.css'), 'utf8'), '/* a */');
  assert.equal(readFileSync(join(target, 'current/pagefind/fragment/en_a.pf_fragment'), 'utf8'), 'a');
  // …but not its pages, which are B's own.
  assert.match(readFileSync(join(target, 'current/en/index.html'), 'utf8'), /content="b"/);
  assert.deepEqual(readFileSync(join(target, `releases/${rb}/.assets`), 'utf8').trim().split('\n'), ['_astro/photo.b.avif', '_astro/site.b.css', 'pagefind/fragment/en_b.pf_fragment']);
  // Rolling back to A gives A the files of B, for pages of B loaded before the switch.
  const back = rollback(target);
  assert.equal(back.status, 0, back.stderr);
  assert.match(back.stdout, new RegExp(`Live: ${ra}`));
  assert.equal(live(target), `releases/${ra}`);
  assert.equal(readFileSync(join(target, 'current/_astro/site.b.css'), 'utf8'), '/* b */');
  assert.match(readFileSync(join(target, 'current/en/index.html'), 'utf8'), /content="a"/);
  // Nothing before A.
  const none = rollback(target);
  assert.notEqual(none.status, 0);
  assert.match(none.stderr, /no release before/);
  assert.equal(live(target), `releases/${ra}`);
  // Deploying B again switches back to the copy already there.
  assert.equal(deploy(target, builds[1]!).status, 0);
  assert.equal(live(target), `releases/${rb}`);
  // Seven builds: the newest five stay.
  for (const build of builds.slice(2)) assert.equal(deploy(target, build).status, 0);
  assert.equal(releases(target).length, 5);
  assert.match(live(target), /^releases\/20261126T/);
  assert.ok(!releases(target).includes(ra!));
  // No lock or half copy is left behind.
  assert.equal(existsSync(join(target, '.deploy.lock')), false);
  assert.deepEqual(releases(target).filter((r) => r.startsWith('.')), []);
  // A build missing a page, a symlink in the build, no build at all: refused, live release unchanged.
  const before = live(target);
  const broken = cpSync(builds[0]!, join(work, 'broken'), { recursive: true }) ?? join(work, 'broken');
  rmSync(join(broken, 'en/index.html'));
  rmSync(join(broken, 'zh/index.html.br'));
  const refusedMissing = deploy(target, broken);
  assert.notEqual(refusedMissing.status, 0);
  assert.match(refusedMissing.stderr, /not a finished build: missing en\/index\.html, zh\/index\.html\.br/);
  const linked = join(work, 'linked');
  cpSync(builds[0]!, linked, { recursive: true });
  symlinkSync('/etc/passwd', join(linked, 'zh/passwd'));
  assert.match(deploy(target, linked).stderr, /links or special files/);
  assert.match(deploy(target, join(work, 'nothing')).stderr, /No build at/);
  assert.equal(live(target), before);
  rmSync(work, { recursive: true, force: true });
});

test('a second deploy while one runs is refused by the lock; a killed copy is never live and is cleaned up', async () => {
  const work = mkdtempSync(join(tmpdir(), 'deploy-'));
  const target = join(work, 'site');
  const a = fakeBuild(join(work, 'a'), 'a', '2026-11-20T10:00:00Z');
  const big = fakeBuild(join(work, 'big'), 'big', '2026-11-21T10:00:00Z');
  // Enough files that copying takes a while, so both the lock and the kill land during the copy.
  mkdirSync(join(big, 'bulk'));
  for (let i = 0; i < 2000; i++) writeFileSync(join(big, 'bulk', `f${i}.txt`), 'x'.repeat(2048));
  assert.equal(deploy(target, a).status, 0);
  const before = live(target);

  const waitFor = async (check: () => boolean) => {
    for (let i = 0; i < 1000 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
    assert.ok(check());
  };
  const incoming = () => releases(target).some((r) => r.startsWith('.incoming-'));

  // Each run gets its own process group, frozen (SIGSTOP) as soon as its copy has begun, so the
  // lock and the signals land during the copy however busy the machine is.
  const start = () => spawn(node, ['scripts/deploy.ts', '--to', target, '--dist', big], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const group = (proc: ChildProcess, signal: NodeJS.Signals) => process.kill(-proc.pid!, signal);

  // SIGTERM during the copy: stopped, lock released, old release still live.
  let running: ChildProcess = start();
  let stderr = '';
  running.stderr!.on('data', (c) => (stderr += c));
  await waitFor(incoming);
  group(running, 'SIGSTOP');
  const second = deploy(target, a);
  assert.notEqual(second.status, 0);
  assert.match(second.stderr, /another deploy or rollback holds .*\.deploy\.lock \(.*pid \d+/);
  running.kill('SIGTERM');
  group(running, 'SIGCONT');
  await new Promise((r) => running.on('close', r));
  assert.match(stderr, /Interrupted( during "copy [^"]*")?: nothing was switched/);
  assert.equal(live(target), before);
  assert.equal(existsSync(join(target, '.deploy.lock')), false);

  // SIGKILL of the whole group during the copy (a crash): the lock stays (and says so), current never moves.
  running = start();
  await waitFor(() => existsSync(join(target, '.deploy.lock')) && incoming());
  group(running, 'SIGSTOP');
  group(running, 'SIGKILL');
  await new Promise((r) => running.on('close', r));
  assert.equal(live(target), before);
  assert.match(deploy(target, big).stderr, /If none is running, remove that folder/);
  rmSync(join(target, '.deploy.lock'), { recursive: true });
  // The next deploy clears the half copy and goes live with a whole one.
  const retry = deploy(target, big);
  assert.equal(retry.status, 0, retry.stderr);
  assert.deepEqual(releases(target).filter((r) => r.startsWith('.')), []);
  assert.equal(readdirSync(join(target, 'current/bulk')).length, 2000);
  rmSync(work, { recursive: true, force: true });
});

test('current that is a real folder is never replaced', () => {
  const work = mkdtempSync(join(tmpdir(), 'deploy-'));
  const target = join(work, 'site');
  mkdirSync(join(target, 'current'), { recursive: true });
  writeFileSync(join(target, 'current/keep.txt'), 'precious');
  const run = deploy(target, fakeBuild(join(work, 'a'), 'a', '2026-11-20T10:00:00Z'));
  assert.notEqual(run.status, 0);
  assert.match(run.stderr, /current exists and is not a symlink/);
  assert.equal(readFileSync(join(target, 'current/keep.txt'), 'utf8'), 'precious');
  assert.equal(existsSync(join(target, '.deploy.lock')), false);
  rmSync(work, { recursive: true, force: true });
});

test('checkBuild reads the build time from index.html', () => {
  const work = mkdtempSync(join(tmpdir(), 'deploy-'));
  const dist = fakeBuild(join(work, 'a'), 'a', '2026-11-20T10:00:00Z');
  assert.equal(checkBuild(dist).builtAt.toISOString(), '2026-11-20T10:00:00.000Z');
  rmSync(work, { recursive: true, force: true });
});
