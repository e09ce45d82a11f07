import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

// The web app lives in src/web and is built into dist/web, which the Fastify server serves.
// `npm run dev` proxies /api to a running server.
export default defineConfig(({ command, mode }) => {
  // A build started from the test runner inherits NODE_ENV=test, which would ship React's development build
  // (Vite reads NODE_ENV after loading this file, as its documentation advises).
  if (command === 'build' && mode === 'production') process.env.NODE_ENV = 'production';
  return {
    root: 'src/web',
    plugins: [
      react(),
      // Precompressed copies (.br, .gz) next to every text file; the server picks one by Accept-Encoding.
      compression({ algorithms: ['brotliCompress', 'gzip'], exclude: [/\.map$/] }),
    ],
    build: {
      outDir: '../../dist/web',
      emptyOutDir: true,
      sourcemap: true,
      rollupOptions: {
        output: {
          // Each language's message catalog stays its own chunk (loaded on demand), so only shared code is grouped.
          manualChunks(id) {
            if (id.includes('node_modules/@mantine')) return 'mantine';
            if (id.includes('node_modules/intl-messageformat') || id.includes('node_modules/@formatjs'))
              return 'messageformat';
            if (id.includes('node_modules/react-router')) return 'router';
            if (/node_modules\/(react|react-dom|scheduler)\//.test(id)) return 'react';
            return undefined;
          },
        },
      },
    },
    server: {
      proxy: { '/api': `http://127.0.0.1:${process.env.API_PORT ?? '3000'}` },
    },
  };
});
