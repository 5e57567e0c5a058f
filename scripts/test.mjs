// @ts-check
// The test command (`npm test`): makes sure the system browsers are there, builds the package, checks that the
// generated files are current and the drop-in script is within its size budget, type-checks and lints the
// TypeScript and the JavaScript, runs the Node tests (server rendering, the packed package, the static-site
// guide's build), then runs the browser tests in Chromium, Firefox ESR and WebKitGTK (under Xvfb, which
// WebKitGTK needs for a display).
//
// `npm run test:quick` (`--quick`) is the contributor's inner loop: the same checks, in Chromium only, without the
// WordPress site and the packed-package install (the slow parts). CI runs the full `npm test`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { brotliCompressSync } from 'node:zlib';
import { gzipCommandBytes } from './gzip-size.mjs';

const SYSTEM_PACKAGES = ['chromium', 'firefox-esr', 'webkit2gtk-driver', 'xvfb', 'xauth', 'fonts-dejavu-core'];
const REQUIRED_FILES = ['/usr/bin/chromium', '/usr/bin/firefox-esr', '/usr/bin/WebKitWebDriver', '/usr/bin/xvfb-run'];
/**
 * gzip -9 bytes of dist/python-showcase.js, as the file measures. `npm run size` shows where they go, each part as
 * the file with and without it: Lit (lit-html, `@lit/reactive-element`, `lit-element`) 5,326, which only a fork of
 * Lit would lower; the promo's element, schedules and memory 2,456 (its features were allowed 1,400); content
 * sources and validation 2,078 (with the JSON helpers the promo's memory shares); the stylesheets 2,037; the
 * default content and brand marks 1,608; the drop-in guard 233; the rest (cards, showcase, attribute tables, mount
 * points, impressions, analytics). The target is 18,184 (16,384 with Lit, 400 for the mount points, 1,400 for the
 * promo's controls). The last 321 bytes came off with the Instagram mark drawn with arcs, the stylesheets and
 * brand marks evaluated first (one run of CSS and path data after Lit's `css` tag, see src/drop-in.ts), and
 * Terser's sequences off and ASCII output (18,706). Then 739 for `analytics` (src/embed/analytics.ts: GA4's
 * event and parameter names, which are the contract, and the four tools' calls; the attribute and each card's
 * and promo's name, index and slot), and 485 for `loading="lazy"` and app logos (about 280 and 175: the
 * waiting element's observer and reserved box, the mount point's measured height; the logo's reader, image and
 * monogram fallback), and 470 for `storage="consent"` (src/embed/consent.ts: three consent tools read, Consent
 * Mode's dataLayer.push watched, the record deleted on withdrawal, a failing tool caught once); 122 for their
 * review's fixes (Consent Mode's regional defaults, the WordPress Consent API's pending type, a withdrawal seen as
 * a page loads, one page view kept however many promos, lazy rendering without IntersectionObserver, a failed
 * logo's monogram at the logo's size): 20,522. A pass without visible changes then took 92 off (a shared
 * warnOnce, no initial copies of defaults the first update sets, one deepFreeze, shorter consent conditions; see
 * docs/performance.md). A change that needs more raises this number and says why.
 */
export const SIZE_BUDGET = 20_430;

/** @param {string} title */
function step(title) {
  console.log(`\n== ${title}`);
}

/**
 * @param {string} command
 * @param {string[]} args
 * @param {import('node:child_process').SpawnSyncOptions} [options]
 */
function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const runnerArgs = args.filter((arg) => arg !== '--quick');
/** The Node tests the quick run leaves out: a real WordPress, and npm installs from the registry. */
const SLOW_NODE_TESTS = /^(wordpress.*|packed-package)\.test\.mjs$/;

step('system browsers');
const missing = REQUIRED_FILES.filter((file) => !existsSync(file));
if (missing.length) {
  const install = `apt-get update && apt-get install -y ${SYSTEM_PACKAGES.join(' ')}`;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log(`missing ${missing.join(', ')}; installing: ${install}`);
    run('sh', ['-c', install], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } else {
    console.error(`missing ${missing.join(', ')}. Install Debian's browsers first:\n  sudo sh -c '${install}'`);
    process.exit(1);
  }
}
console.log('chromium, firefox-esr, WebKitWebDriver and xvfb-run are installed');

step('build');
run('npm', ['run', '--silent', 'build']);
// The static site (demo, builder, API reference, docs pages, guides) as partners publish it; tests/site.test.ts opens it.
run('npm', ['run', '--silent', 'build:site']);

step('generated files are current');
run('node', ['scripts/analyze.mjs', '--check']);
run('node', ['scripts/generate-brand-icons.mjs', '--check']);
run('node', ['scripts/generate-contract.mjs', '--check']);
run('node', ['scripts/update-readme.mjs', '--check']);
console.log(
  'custom-elements.json, src/icons/brand-icon-paths.ts, the attribute lists of the plugin and its docs, the README snippet and the API tables of docs/reference.md are current',
);

step('size budget');
const dropIn = readFileSync('dist/python-showcase.js');
const gzipBytes = gzipCommandBytes(dropIn);
console.log(
  `dist/python-showcase.js: ${gzipBytes} bytes gzip -9 (budget ${SIZE_BUDGET}), ${brotliCompressSync(dropIn).length} bytes brotli`,
);
if (gzipBytes > SIZE_BUDGET) {
  console.error(`over budget by ${gzipBytes - SIZE_BUDGET} bytes`);
  process.exit(1);
}

step('type check');
run('npx', ['tsc', '-p', 'tsconfig.json']);
// The JavaScript (scripts/, the Node tests and helpers, the config files): after the build, whose files some import.
run('npx', ['tsc', '-p', 'tsconfig.scripts.json']);

step('lint');
run('npm', ['run', '--silent', 'lint']);

step('package');
// The packed package as consumers get it: exports, types and files (publint), and types that resolve for ESM
// consumers and bundlers (arethetypeswrong; the package is ESM-only, so CommonJS resolution is not checked).
if (!quick) {
  run('npx', ['publint', '--strict']);
  run('npx', ['attw', '--pack', '.', '--profile', 'esm-only']);
}

step('Node: server rendering, the packed package, the static-sites guide, WordPress');
// python-showcase/ssr and `python-showcase render` as built, the static-sites guide built with Eleventy (whose
// pages the browser tests then open), the packed package installed into an empty project, and the WordPress
// plugin: its PHP checked, and used by each role in a real WordPress (Debian's wordpress, mariadb-server,
// php-cli and php-mysql, installed when missing as root, started on loopback and stopped again), and its block in
// the editor of that WordPress 6.1 and of a newer one from @wp-playground/wordpress-builds (with php-sqlite3).
const nodeTests = readdirSync('tests/node')
  .filter((name) => name.endsWith('.test.mjs') && !(quick && SLOW_NODE_TESTS.test(name)))
  .map((name) => `tests/node/${name}`);
run('node', ['--test', '--test-concurrency=1', ...nodeTests]);

step('browser tests');
execFileSync(
  'xvfb-run',
  ['-a', '--server-args=-screen 0 1920x2000x24', 'node', 'scripts/run-browser-tests.mjs', ...runnerArgs],
  { stdio: 'inherit', env: quick ? { ...process.env, BROWSERS: 'chromium' } : process.env },
);
