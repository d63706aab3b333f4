// The layering rule, checked by `npm run check` (depcruise): data ← charts ← story.
//   src/lib/geo, src/lib/schedule  leaves: the map's geography and the page's timing, used by anyone;
//   src/lib/data                   the model: the dataset, its checks, steps and views; knows no chart;
//   src/lib/ui                     small shared pieces (source links, markup); knows no chart or story;
//   src/lib/charts                 pure chart components and layouts: draw what they are given, never know
//                                  where they are shown (no story, embed or page code);
//   src/lib/story, src/lib/embed   the two places charts are shown; an embed never imports story code.
// depcruise reads .svelte files through the svelte compiler, which drops type-only imports first; those
// of components get the same rules from scripts/check-svelte-types.ts (both run by npm run check, and
// tests/unit/layering.test.ts proves each refuses a .svelte chart importing story code).
/** @type {import('dependency-cruiser').IConfiguration} */
const lib = (dirs) => `^src/lib/(${dirs.join('|')})/`;

module.exports = {
  forbidden: [
    {
      name: 'geo-is-a-leaf',
      comment: 'src/lib/geo (projection, prepared geometry, its readers) imports nothing else of ours.',
      severity: 'error',
      from: { path: lib(['geo']) },
      to: { path: '^src/', pathNot: lib(['geo']) },
    },
    {
      name: 'schedule-is-a-leaf',
      comment: 'src/lib/schedule (when work runs) imports nothing else of ours.',
      severity: 'error',
      from: { path: lib(['schedule']) },
      to: { path: '^src/', pathNot: lib(['schedule']) },
    },
    {
      name: 'data-knows-no-chart',
      comment: 'The model (src/lib/data) must not import charts, story, embeds, pages or shared UI.',
      severity: 'error',
      from: { path: lib(['data']) },
      to: { path: [lib(['charts', 'story', 'embed', 'ui', 'publish']), '^src/[^/]+$'] },
    },
    {
      name: 'ui-knows-no-chart',
      comment: 'Shared UI (src/lib/ui) is used by charts and story, so it imports neither.',
      severity: 'error',
      from: { path: lib(['ui']) },
      to: { path: [lib(['charts', 'story', 'embed', 'publish']), '^src/[^/]+$'] },
    },
    {
      name: 'charts-never-know-where-they-are-shown',
      comment: 'A chart draws what it is given: it must not import story, embed, publishing or page code.',
      severity: 'error',
      from: { path: lib(['charts']) },
      to: { path: [lib(['story', 'embed', 'publish']), '^src/[^/]+$', '^src/embed/'] },
    },
    {
      name: 'embeds-never-import-story',
      comment: 'An embed shows one chart on any host: it must not import the story (src/lib/story).',
      severity: 'error',
      from: { path: ['^src/lib/embed/', '^src/embed/'] },
      to: { path: lib(['story']) },
    },
    {
      name: 'no-circular',
      comment: 'Modules that import each other cannot be understood, or tested, one at a time.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/lib/geo/world\\.json$' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.svelte', '.json'] },
  },
};
