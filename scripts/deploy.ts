/**
 * npm run deploy -- --to <folder | user@host:/path> [--dist dist] [--keep 5]
 * Copies a finished build into <target>/releases/<id>/ and makes it live atomically (src/lib/deploy/deploy.ts).
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { checkBuild, currentCommit, DeployError, describeRelease, KEEP, lockOwner, parseTarget, planDeploy, releaseId, runPlan } from '../src/lib/deploy/deploy.ts';

const script = fileURLToPath(new URL('./deploy/release.sh', import.meta.url));
try {
  const { values } = parseArgs({ options: { to: { type: 'string' }, dist: { type: 'string', default: process.env.OUT_DIR ?? 'dist' }, keep: { type: 'string', default: String(KEEP) } } });
  const keep = Number(values.keep);
  if (!Number.isInteger(keep) || keep < 2 || keep > 100) throw new DeployError('--keep must be a whole number from 2 to 100.');
  const target = parseTarget(values.to);
  const { builtAt } = checkBuild(values.dist);
  const id = releaseId(builtAt, currentCommit());
  const where = target.kind === 'local' ? target.path : `${target.host}:${target.path}`;
  console.log(`Deploying ${values.dist} as release ${id} to ${where}…`);
  const live = await runPlan(planDeploy({ target, dist: values.dist, id, keep, script, owner: lockOwner() }));
  console.log(`Live: ${live} (${describeRelease(live)}) at ${where}/current; the newest ${keep} releases are kept.`);
} catch (error) {
  console.error(error instanceof DeployError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? `Deploy stopped: ${(error as Error).message}` : error);
  process.exit(1);
}
