import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './harness';

export interface GrantedCopy {
  dir: string;
  remove(): Promise<void>;
}

/**
 * A copy of dist/ standing for a reader who granted the optional host access
 * (acceptance interface, section 8): its manifest has optional_host_permissions
 * moved into host_permissions, which Chromium grants when it loads the copy.
 */
export async function grantedCopy(): Promise<GrantedCopy> {
  const dir = await mkdtemp(join(tmpdir(), 'lisible-granted-'));
  await cp(join(ROOT, 'dist'), dir, { recursive: true });
  const file = join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(file, 'utf8')) as { host_permissions?: string[]; optional_host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...(manifest.optional_host_permissions ?? [])];
  delete manifest.optional_host_permissions;
  await writeFile(file, `${JSON.stringify(manifest, null, 2)}\n`);
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
