import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';

const api = process.env.DOUDI_API ?? 'http://127.0.0.1:4000';

export default defineConfig({
  // No Options API anywhere (every component is <script setup> or setup()): Vue's runtime drops its support, a few kB
  // off the JavaScript every user loads before the first ledger row (client/README.md, "Size decisions").
  plugins: [vue({ features: { optionsAPI: false } })],
  resolve: {
    alias: { '@doudi/shared': fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)) },
  },
  server: {
    port: 5173,
    proxy: { '/graphql': api, '/api': api, '/healthz': api },
  },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
});
