// The layer rules of MagLens, checked by `npm test` (npx depcruise). Each rule says why it exists.
// Bottom to top: vocabulary → knowledge → core → stores → listing / extension → ui → entrypoints.
// See docs/design.md ("Layers") for the picture.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'vocabulary-is-the-bottom',
      comment:
        'The shared ids (forms, tiers, topics, stores, profile choices) must not depend on anything of ours, or every layer would depend on everything.',
      severity: 'error',
      from: { path: '^src/vocabulary/' },
      to: { path: '^(src|entrypoints|scripts|bench|test)/', pathNot: '^src/vocabulary/' },
    },
    {
      name: 'knowledge-is-data',
      comment:
        'Knowledge is data with sources (forms, limits, evidence); it may name the vocabulary and nothing else, so it can be reviewed without reading code.',
      severity: 'error',
      from: { path: '^src/knowledge/' },
      to: { path: '^(src|entrypoints|scripts|bench|test)/', pathNot: '^src/(knowledge|vocabulary)/' },
    },
    {
      name: 'core-knows-magnesium-not-pages',
      comment:
        'The core is pure functions over text and numbers; it reads knowledge and the vocabulary, never a page, a store or a browser API.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^(src|entrypoints|scripts|bench|test)/', pathNot: '^src/(core|knowledge|vocabulary)/' },
    },
    {
      name: 'stores-know-markup-not-the-browser',
      comment:
        'Store adapters turn a document into text fields; they run in the CLI and the background alike, so they must not reach browser glue, views or the listing badges.',
      severity: 'error',
      from: { path: '^src/stores/' },
      to: { path: '^(src/(extension|ui|listing|cli|ocr)|entrypoints)/' },
    },
    {
      name: 'ocr-knows-pixels-not-the-browser',
      comment:
        'The label-image reader turns pixels into label text and an analysis the same way in the CLI and the extension; browser glue, views and entrypoints wire it, it does not reach them.',
      severity: 'error',
      from: { path: '^src/ocr/' },
      to: { path: '^(src/(extension|ui|listing|cli)|entrypoints)/' },
    },
    {
      name: 'ui-reads-analyses-not-pages',
      comment:
        "Views render an analysis; reading a page is the stores' job, so a view that imports a store has taken on a second job.",
      severity: 'error',
      from: { path: '^src/ui/' },
      to: { path: '^src/(stores|ocr)/' },
    },
    {
      name: 'nothing-imports-entrypoints',
      comment: 'Entrypoints only wire; code that something else needs belongs in src/.',
      severity: 'error',
      from: { pathNot: '^entrypoints/' },
      to: { path: '^entrypoints/' },
    },
    {
      name: 'product-code-does-not-import-tests-or-tools',
      comment: 'What ships must not depend on tests, fixtures, scripts or benchmarks.',
      severity: 'error',
      from: { path: '^(src|entrypoints)/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^(test|scripts|bench)/' },
    },
    {
      name: 'no-circular',
      comment: 'A cycle makes load order matter and hides which module owns what.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(\\.wxt|\\.output|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
