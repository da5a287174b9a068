import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { allianceData } from './scripts/data-plugin.ts';
import { EDITIONS, type Edition } from './src/lib/editions.ts';

/** The edition being built or served: English at /, Spanish at /es/ (scripts/site-build.js sets it). */
const lang: Edition = process.env.ALLIANCE_LANG === 'es' ? 'es' : 'en';
const other: Edition = lang === 'en' ? 'es' : 'en';

/** Each page says its language, and where the same page is in the other edition. */
function editionHtml(): Plugin {
  return {
    name: 'edition-html',
    transformIndexHtml(html, context) {
      const page = context.filename.endsWith('embed.html') ? 'embed.html' : '';
      return html
        .replace('<html lang="en">', `<html lang="${lang}">`)
        .replace(
          '<meta charset="utf-8" />',
          `<meta charset="utf-8" />\n    <link rel="alternate" hreflang="${other}" href="${EDITIONS[other]}${page}" />`,
        );
    },
  };
}

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
  base: EDITIONS[lang],
  publicDir: 'static',
  plugins: [allianceData({ lang }), svelte(), svelteTesting(), embedPolicy(), editionHtml()],
  // Two pages, built apart (scripts/site-build.js): the story, and in mode "embed" the embed page,
  // whose frames should carry no byte of the story's code or style that their section does not use.
  build: {
    // The story has one stylesheet, in the page: its islands are drawn before their script arrives.
    // An embed loads only its section's styles.
    cssCodeSplit: mode === 'embed',
    // Every browser the story supports preloads modules itself.
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: mode === 'embed' ? 'embed.html' : 'index.html',
      output:
        mode === 'embed'
          ? {
              // The small helpers most sections use travel together: a request's headers
              // (about 330 bytes) outweigh some of these modules.
              codeSplitting: {
                groups: [
                  {
                    name: 'common',
                    test: /src\/lib\/(format|dates|locale|labels)\.ts$|d3-array|alliance-copy\/meta$/,
                  },
                ],
              },
            }
          : {
              // What the page's own script needs before the first scroll, in one request.
              codeSplitting: {
                groups: [{ name: 'page', test: /src\/lib\/(editions|slides|quiet)\.ts$/ }],
              },
            },
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
