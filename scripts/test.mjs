// `npm test`: every check MagLens has, in one run, with one closing count.
//   types (tsc) · code checks (ESLint, Prettier, layer rules, knip) · unit tests (vitest) · page-text
//   and label-image accuracy gates (scripts/eval.ts --check, scripts/eval-images.ts --check) · web-ext
//   lint of the Firefox build · real-browser suite (Playwright: Chromium and Firefox) · benchmark
//   gates (bench/run.ts --check: speed and memory).
//   Each step runs even when an earlier one failed, so one run shows everything; the exit code is
//   non-zero when anything failed. The type check, each code check and the lint count as one test each, each
//   benchmark gate as one; vitest and Playwright contribute their own test counts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const RESULTS = 'test-results';
mkdirSync(RESULTS, { recursive: true });
const tally = { passed: 0, failed: 0 };
const bin = (name) => `node_modules/.bin/${name}`;
const LAYER_ARGS = ['--config', '.dependency-cruiser.cjs', 'src', 'entrypoints', 'scripts', 'bench', 'test'];

function run(title, cmd, args, env = {}) {
  console.log(`\n── ${title} ──`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function count(title, ok) {
  if (ok) tally.passed += 1;
  else tally.failed += 1;
  if (!ok) console.log(`✗ ${title} failed`);
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

// Browsers first: without them the real-browser suite cannot run, and nothing is skipped silently.
// (tsx loads the TypeScript module: Node 20 cannot import .ts by itself.)
const { tsImport } = await import('tsx/esm/api');
const { locateBrowser, locateTool, firefoxTooOld, INSTALL_HINT } = await tsImport('../test/e2e/browsers.ts', import.meta.url);
const missing = ['chromium', 'firefox'].filter((b) => !locateBrowser(b));
if (missing.length) {
  console.error(`npm test: ${missing.join(' and ')} not found. ${INSTALL_HINT}`);
  process.exit(1);
}
const oldFirefox = firefoxTooOld(locateBrowser('firefox'));
if (oldFirefox) {
  console.error(`npm test: ${oldFirefox}`);
  process.exit(1);
}
// The context-menu test drives Chromium's own (native) menu on a virtual display.
const { NATIVE_MENU_TOOLS } = await tsImport('../test/e2e/native-menu.ts', import.meta.url);
const missingTools = Object.entries(NATIVE_MENU_TOOLS).filter(([tool]) => !locateTool(tool));
if (missingTools.length) {
  const names = missingTools.map(([tool]) => tool).join(', ');
  const packages = missingTools.map(([, pkg]) => pkg).join(' ');
  console.error(
    `npm test: ${names} not found (the context-menu test runs Chromium on a virtual display). Install with: sudo apt-get install -y ${packages}`,
  );
  process.exit(1);
}
for (const dir of ['.output/chrome-mv3', '.output/firefox-mv2']) {
  if (!existsSync(`${dir}/manifest.json`)) {
    console.error(`npm test: ${dir} is missing. Build the extension first: npm run build`);
    process.exit(1);
  }
}

count('type check', run('types: tsc --noEmit', bin('tsc'), ['--noEmit']));

// Code checks: each counts as one test and prints its own findings (zero findings to pass).
count('eslint', run('code: eslint', bin('eslint'), ['.', '--max-warnings', '0']));
count(
  'prettier',
  run('code: prettier --check', bin('prettier'), ['--check', '--log-level', 'warn', '.']) &&
    (console.log('prettier: all files formatted'), true),
);
count('layer rules', run('code: layer rules (dependency-cruiser, .dependency-cruiser.cjs)', bin('depcruise'), [...LAYER_ARGS]));
count(
  'knip',
  run('code: knip (unused files, exports, dependencies)', bin('knip'), []) && (console.log('knip: no findings'), true),
);

rmSync(`${RESULTS}/unit.json`, { force: true });
const unitOk = run('unit: vitest', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${RESULTS}/unit.json`,
]);
const unit = readJson(`${RESULTS}/unit.json`);
if (unit) {
  tally.passed += unit.numPassedTests;
  tally.failed += unit.numFailedTests + (unitOk || unit.numFailedTests ? 0 : 1); // a crash with no failed test still fails
} else count('unit tests', false);

// Reading accuracy on real pages' text (issue 11's dev set): each gate is one test.
const EVAL = `${RESULTS}/eval-gates.json`;
rmSync(EVAL, { force: true });
const evalOk = run('accuracy: page-text eval (scripts/eval.ts --check)', bin('tsx'), ['scripts/eval.ts', '--check']);
const evalGates = readJson(EVAL);
if (Array.isArray(evalGates) && evalGates.length) {
  for (const g of evalGates) count(g.name, g.pass === true);
  if (!evalOk && evalGates.every((g) => g.pass)) count('page-text eval', false);
} else count('page-text eval', false);

// Reading label pictures (issue 12's image set, through the OCR engine): each gate is one test.
const EVAL_IMAGES = `${RESULTS}/eval-images-gates.json`;
rmSync(EVAL_IMAGES, { force: true });
const imagesOk = run('accuracy: label-image eval (scripts/eval-images.ts --check)', bin('tsx'), [
  'scripts/eval-images.ts',
  '--check',
]);
const imageGates = readJson(EVAL_IMAGES);
if (Array.isArray(imageGates) && imageGates.length) {
  for (const g of imageGates) count(g.name, g.pass === true);
  if (!imagesOk && imageGates.every((g) => g.pass)) count('label-image eval', false);
} else count('label-image eval', false);

console.log('\n── lint: web-ext lint of the Firefox build ──');
const lint = spawnSync(bin('web-ext'), ['lint', '--source-dir', '.output/firefox-mv2', '--no-input', '--output', 'json'], {
  encoding: 'utf8',
});
const lintReport = (() => {
  try {
    return JSON.parse(lint.stdout);
  } catch {
    return undefined;
  }
})();
if (lintReport) {
  const { errors, warnings, notices } = lintReport.summary;
  console.log(`web-ext lint: ${errors} errors, ${warnings} warnings, ${notices} notices`);
  for (const m of [...lintReport.errors, ...lintReport.warnings])
    console.log(`  ${m._type}: ${m.code} ${m.file ?? ''} ${m.message}`);
  count('web-ext lint', errors === 0);
} else {
  console.log(lint.stdout, lint.stderr);
  count('web-ext lint', false);
}

// One Playwright run per browser, so each prints its own summary.
for (const project of ['chromium', 'firefox']) {
  const report = `${RESULTS}/e2e-${project}.json`;
  rmSync(report, { force: true });
  const ok = run(`real browser: ${project} (playwright)`, bin('playwright'), ['test', '--project', project], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: report,
  });
  const e2e = readJson(report);
  if (e2e) {
    const { expected, unexpected, flaky, skipped } = e2e.stats;
    tally.passed += expected + flaky;
    tally.failed += unexpected + (ok || unexpected ? 0 : 1);
    if (skipped) console.log(`(${skipped} ${project} tests skipped)`);
  } else count(`${project} real-browser suite`, false);
}

// Speed and memory on every run (issue 7), after the browser suites so nothing else competes for
// the 2 cores: each gate of the benchmark is one test.
const GATES = 'bench/results/gates.json';
rmSync(GATES, { force: true });
const benchOk = run('benchmarks: tsx bench/run.ts --check', bin('tsx'), ['bench/run.ts', '--check']);
const gates = readJson(GATES);
if (Array.isArray(gates) && gates.length) {
  for (const g of gates) count(`benchmark gate: ${g.name}`, g.pass === true);
  if (!benchOk && gates.every((g) => g.pass)) count('benchmarks', false); // crashed after writing its gates
} else count('benchmarks', false);

writeFileSync(`${RESULTS}/summary.json`, JSON.stringify(tally) + '\n');
console.log(`\nmaglens: ${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed ? 1 : 0);
