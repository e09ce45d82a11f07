// npm run silta -- <command>: the operator CLI, on the built server code.
import { ensureBuilt } from './build-state.mjs';

ensureBuilt();
await import('../dist/cli/main.js');
