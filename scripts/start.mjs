// npm start: build when missing or stale, then migrate, seed an empty database and serve.
import { ensureBuilt } from './build-state.mjs';

ensureBuilt();
await import('../dist/server/main.js');
