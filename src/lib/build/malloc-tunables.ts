/**
 * Fixed glibc malloc thresholds for the build steps that allocate megabytes per file on several
 * threads (precompress: brotli's tables; share cards: resvg's 3 MB pixel buffers). By default
 * glibc hands that memory back after each file and faults it in again for the next, and threads
 * contend for those page faults: precompress at 1,000 pairs took 10 s instead of 2.7 s (4.5
 * million faults), share cards spent 31 s of system time instead of 21. The thresholds can only
 * be set before a process starts, so the script starts itself again with them.
 */
import { spawnSync } from 'node:child_process';

const TUNABLES = 'glibc.malloc.mmap_threshold=33554432:glibc.malloc.trim_threshold=268435456';

/** On Linux, runs this script again with the thresholds and exits with its status. */
export function restartWithMallocTunables(): void {
  if (process.platform !== 'linux' || process.env.GLIBC_TUNABLES !== undefined) return;
  const run = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit', env: { ...process.env, GLIBC_TUNABLES: TUNABLES } });
  if (run.error) throw run.error;
  process.exit(run.status ?? 1);
}
