// npm run dev: the API server (rebuilt by tsc --watch) on PORT (3000) and Vite's dev server for the
// web app on 5173, which proxies /api to it.
import { spawn, spawnSync } from 'node:child_process';
import { root } from './build-state.mjs';

// The server needs its first build before it can start watching.
const first = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
if (first.status !== 0) process.exit(first.status ?? 1);

const children = [
  spawn('npx', ['tsc', '-p', 'tsconfig.build.json', '--watch', '--preserveWatchOutput'], {
    cwd: root,
    stdio: 'inherit',
  }),
  spawn(process.execPath, ['--watch-path=dist/server', '--watch-path=dist/core', 'dist/server/main.js'], {
    cwd: root,
    stdio: 'inherit',
  }),
  spawn('npx', ['vite', '--config', 'vite.config.ts'], { cwd: root, stdio: 'inherit' }),
];
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
