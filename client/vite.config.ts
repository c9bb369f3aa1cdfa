import { defineConfig, type Plugin } from 'vite';
import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';

/**
 * AG Grid's core keeps `themeQuartz` as the theme of a grid given none, and with it Quartz's full icon set (~7 kB
 * gzipped before the first ledger row). Every grid of ours is given `gridTheme` (grid/ag-setup.ts, built from Quartz's
 * parts with only the icons we show): the default is dropped from the build. The build fails if AG Grid's code
 * changed shape (then look again).
 */
function agGridNoDefaultTheme(): Plugin {
  const from = 'getDefaultTheme() {\n    return themeQuartz;\n  }';
  return {
    name: 'doudi-ag-grid-no-default-theme',
    enforce: 'pre',
    transform(code, id) {
      if (!/ag-grid-community[\\/]dist[\\/]package[\\/]main\.esm\.mjs$/.test(id)) return null;
      if (!code.includes(from)) throw new Error('ag-grid-community: getDefaultTheme() changed; see agGridNoDefaultTheme in vite.config.ts');
      return { code: code.replace(from, 'getDefaultTheme() {\n    throw new Error("every grid is given gridTheme (grid/ag-setup.ts)");\n  }'), map: null };
    },
  };
}

const api = process.env.DOUDI_API ?? 'http://127.0.0.1:4000';

export default defineConfig({
  // No Options API anywhere (every component is <script setup> or setup()): Vue's runtime drops its support, a few kB
  // off the JavaScript every user loads before the first ledger row (client/README.md, "Size decisions").
  plugins: [vue({ features: { optionsAPI: false } }), agGridNoDefaultTheme()],
  resolve: {
    alias: { '@doudi/shared': fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)) },
  },
  server: {
    port: 5173,
    proxy: { '/graphql': api, '/api': api, '/healthz': api },
  },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
});
