import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// The API explorer (GraphiQL + React) as a build of its own, into dist/explorer/, served by the server at
// /graphql/explorer: nothing of it is in the ledger pages' bundle. Runs after the main build (which empties dist/).
export default defineConfig({
  root: fileURLToPath(new URL('./explorer', import.meta.url)),
  base: '/graphql/explorer/',
  resolve: {
    alias: { '@doudi/shared': fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)) },
  },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: fileURLToPath(new URL('./dist/explorer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    // one script and one stylesheet: GraphiQL is loaded whole on this page anyway
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      // framer-motion's "use client" directives mean nothing outside React Server Components
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
