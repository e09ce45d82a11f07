// The import-boundary part of `npm run check`: dependency-cruiser with .dependency-cruiser.cjs.
import { spawnSync } from 'node:child_process';
import { root } from './build-state.mjs';

const result = spawnSync(
  'npx',
  ['depcruise', 'src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
process.exit(result.status ?? 1);
