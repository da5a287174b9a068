import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { allianceData } from './scripts/data-plugin.ts';

/**
 * The built embed page carries its own Content-Security-Policy: scripts, styles
 * and data from the story's origin only, nothing inline, no forms, no base
 * rewriting. (Not in dev, where Vite injects styles inline.)
 */
function embedPolicy(): Plugin {
  const policy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
    "connect-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'";
  return {
    name: 'embed-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.filename.endsWith('embed.html')) return html;
        return html.replace(
          '<head>',
          `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
        );
      },
    },
  };
}

export default defineConfig(({ mode }) => ({
  publicDir: 'static',
  plugins: [allianceData(), svelte(), svelteTesting(), embedPolicy()],
  // Two pages: the story and the embed page (the partners' loader is built apart, see scripts/site-build.js).
  build: {
    // One stylesheet for every part: the prerendered islands must be styled before their script arrives.
    cssCodeSplit: false,
    // The single-file build (mode "single") is the story page alone.
    rollupOptions: {
      input: (mode === 'single'
        ? { main: 'index.html' }
        : { main: 'index.html', embed: 'embed.html' }) as Record<string, string>,
    },
  },
  // Sandboxed embeds load scripts and data from an opaque origin: the files are public, so any origin may read them.
  server: { host: '127.0.0.1', headers: { 'Access-Control-Allow-Origin': '*' } },
  preview: { host: '127.0.0.1', headers: { 'Access-Control-Allow-Origin': '*' } },
  test: {
    env: { TZ: 'America/Los_Angeles' },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.ts'],
          environment: 'jsdom',
          setupFiles: ['./vitest-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
}));
