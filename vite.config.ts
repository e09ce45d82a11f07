import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web app lives in src/web and is built into dist/web, which the Fastify server serves.
// `npm run dev` proxies /api to a running server.
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      output: {
        manualChunks(id) {
          if (id.includes('node_modules/@mantine')) return 'mantine';
          if (id.includes('node_modules/intl-messageformat') || id.includes('node_modules/@formatjs'))
            return 'messageformat';
          if (id.includes('node_modules/react-router')) return 'router';
          if (id.includes('/src/web/i18n/') || id.includes('/src/core/')) return 'i18n';
          if (id.includes('node_modules/react') || id.includes('node_modules/scheduler')) return 'react';
          return undefined;
        },
      },
    },
  },
  server: {
    proxy: { '/api': `http://127.0.0.1:${process.env.API_PORT ?? '3000'}` },
  },
});
