/** Svelte 5 strips TypeScript annotations by itself; runes are required everywhere. */
export default {
  compilerOptions: {
    runes: true,
  },
};
