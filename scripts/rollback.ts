/**
 * npm run rollback -- --to <folder | user@host:/path>
 * Makes the release before the live one live again, atomically (src/lib/deploy/deploy.ts).
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { DeployError, describeRelease, lockOwner, parseTarget, planRollback, runPlan } from '../src/lib/deploy/deploy.ts';

const script = fileURLToPath(new URL('./deploy/release.sh', import.meta.url));
try {
  const { values } = parseArgs({ options: { to: { type: 'string' } } });
  const target = parseTarget(values.to);
  const where = target.kind === 'local' ? target.path : `${target.host}:${target.path}`;
  const live = await runPlan(planRollback({ target, script, owner: lockOwner() }));
  console.log(`Rolled back. Live: ${live} (${describeRelease(live)}) at ${where}/current.`);
} catch (error) {
  console.error(error instanceof DeployError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? `Rollback stopped: ${(error as Error).message}` : error);
  process.exit(1);
}
