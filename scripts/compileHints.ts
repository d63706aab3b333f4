import type { Plugin } from 'vite';

/** V8's explicit compile hint (Chrome 136+): compile every function of the file as soon as it loads. */
export const compileHint = '//# allFunctionsCalledOnLoad\n';

/**
 * Marks every script of the client build for eager compilation. Almost everything in our chunks runs when
 * an island wakes, all at once: without the hint, V8 compiles each function lazily on its first call, on
 * the main thread, in the middle of hydration, and the reader's scroll stutters. With it, V8 compiles the
 * file on a background thread while it streams in, before the island needs it (figures in
 * docs/performance.md, "Loading").
 * Browsers without the feature read a comment. It goes on after minification, which would strip
 * it, and must be the file's first line.
 */
export function compileHints(): Plugin {
  return {
    name: 'tiandy:compile-hints',
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && !chunk.code.startsWith(compileHint))
          chunk.code = compileHint + chunk.code;
      }
    },
  };
}
