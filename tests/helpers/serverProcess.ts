/**
 * A test server in a process of its own: a script under `tests/helpers/` that prints
 * `{"port": n}` once it listens (`feedbackSiteProcess.ts`, `feedbackServerProcess.ts`). Resolves
 * with its port; if the process ends first, rejects with what it printed on stderr.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export type ServerProcess = { child: ChildProcess; port: number; stop: () => void };

export async function startServerProcess(script: string, args: string[], env: NodeJS.ProcessEnv, what = 'The test server'): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'tests', 'helpers', script), ...args], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let errors = '';
  child.stderr!.on('data', (chunk) => (errors += String(chunk)));
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += String(chunk);
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve((JSON.parse(line) as { port: number }).port);
    });
    child.on('exit', (code) => reject(new Error(`${what} stopped (${code}): ${errors}`)));
  });
  return {
    child,
    port,
    stop: () => {
      if (child.exitCode === null) child.kill('SIGTERM');
    },
  };
}
