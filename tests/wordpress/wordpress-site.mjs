// @ts-check
// A real WordPress for the tests, from Debian's packages (wordpress, mariadb-server, php-cli, php-mysql), on
// loopback: installs what is missing (as root), starts MariaDB unless it runs, installs the plugin from the zip
// `npm run build:wordpress` writes (as a site owner uploads it), installs a site whose posts are saved as each
// role would save them (setup-site.php), and serves it with PHP's built-in server. Stops what it started. Or a
// newer WordPress from @wp-playground/wordpress-builds, on PHP's SQLite driver (php-sqlite3), the same way.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';

const HERE = dirname(fileURLToPath(import.meta.url));
export const WORDPRESS_PACKAGES = [
  'wordpress',
  'wordpress-theme-twentytwentythree',
  'mariadb-server',
  'mariadb-client',
  'php-cli',
  'php-mysql',
];
/** What a newer WordPress from @wp-playground/wordpress-builds needs besides PHP: its SQLite database driver. */
export const NEWER_WORDPRESS_PACKAGES = ['php-sqlite3'];
const BUILDS = join(HERE, '../../node_modules/@wp-playground/wordpress-builds');
/**
 * The WordPress versions of @wp-playground/wordpress-builds, by the name of their zip (6.5 → 6.5.5).
 * @type {Record<string, string>}
 */
export const NEWER_WORDPRESS = JSON.parse(readFileSync(join(BUILDS, 'src/wordpress/wp-versions.json'), 'utf8'));
const SOCKET = '/run/mysqld/mysqld.sock';
const DATABASE = 'python_showcase_test';
// WordPress's own wp-content, where Debian's theme package puts Twenty Twenty-Three, served by PHP's server as
// it is (Debian's default, /var/lib/wordpress/wp-content, has no themes and is outside the document root).
const CONTENT_DIR = '/usr/share/wordpress/wp-content';

/**
 * @param {string} command
 * @param {string[]} args
 * @param {import('node:child_process').ExecFileSyncOptions} [options]
 */
const sh = (command, args, options = {}) => execFileSync(command, args, { encoding: 'utf8', ...options });

function missingPackages(packages = WORDPRESS_PACKAGES) {
  return packages.filter((name) => {
    const status = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
    return !status.stdout.includes('install ok installed');
  });
}

/** Installs Debian's packages for WordPress when missing, without letting apt start MariaDB as a service. */
export function installWordPressPackages(packages = WORDPRESS_PACKAGES) {
  const missing = missingPackages(packages);
  if (!missing.length) return;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `missing ${missing.join(', ')}: sudo apt-get install -y --no-install-recommends ${missing.join(' ')}`,
    );
  }
  const policy = '/usr/sbin/policy-rc.d';
  const ownPolicy = !existsSync(policy);
  if (ownPolicy) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  try {
    sh('apt-get', ['update'], { stdio: 'inherit' });
    sh('apt-get', ['install', '-y', '--no-install-recommends', ...missing], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } finally {
    if (ownPolicy) rmSync(policy, { force: true });
  }
}

const mariadbAnswers = () =>
  spawnSync('mariadb-admin', ['--protocol=socket', `--socket=${SOCKET}`, '-uroot', 'ping'], { encoding: 'utf8' })
    .status === 0;

/**
 * @param {() => boolean | Promise<boolean>} check
 * @param {string} what
 */
async function until(check, what, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * A post of the test site: its name, the role of the user who saves it, and its content.
 * @typedef {{ name: string, role: string, content: string }} SiteCase
 */

/**
 * A running test site: its origin, each post's URL and content as saved, and what stops it.
 * @typedef {{ origin: string, posts: Record<string, { id: number, url: string, saved: string }>, root: string, stop: () => Promise<void> }} WordPressSite
 */

/**
 * Starts the site with `cases` ([{ name, role, content }]) as posts, the plugin installed from `pluginZip`, and
 * `uploads` ({ path: text }) under wp-content/uploads/, and `muPlugins` ({ file: php }), code a site's
 * administrator adds for the whole site; without `pluginZip`, the plugin is not installed. With `debugLog` (a
 * file's path), WP_DEBUG and WP_DEBUG_LOG are on and PHP's notices, warnings and deprecations go to that file.
 * With `wordpress` (a build's name in @wp-playground/wordpress-builds: '6.5', 'beta', 'nightly'), that newer
 * WordPress is unpacked into a temporary folder and runs on SQLite instead of Debian's on MariaDB. Resolves to
 * { origin, posts: { name: { id, url, saved } }, root, stop }, where `root` is WordPress's folder and `stop`
 * resolves once all is stopped and removed.
 * @param {{ cases: SiteCase[], pluginZip?: string, uploads?: Record<string, string>, muPlugins?: Record<string, string>, debugLog?: string, wordpress?: string }} site
 * @returns {Promise<WordPressSite>}
 */
export async function startWordPress({ cases, pluginZip, uploads = {}, muPlugins = {}, debugLog, wordpress }) {
  if (process.getuid?.() !== 0) {
    throw new Error('the WordPress tests set up a site in /etc/wordpress and /usr/share/wordpress: run them as root');
  }
  installWordPressPackages(wordpress ? NEWER_WORDPRESS_PACKAGES : WORDPRESS_PACKAGES);
  /** @type {import('node:child_process').ChildProcess[]} */
  const started = [];
  /** @type {string[]} */
  const written = [];
  // Debian's WordPress is served from its own folder; a newer one is unpacked into a folder of this run's.
  const root = wordpress ? mkdtempSync(join(tmpdir(), `showcase-wordpress-${wordpress}-`)) : '/usr/share/wordpress';
  const contentDir = wordpress ? join(root, 'wp-content') : CONTENT_DIR;
  if (wordpress) written.push(root);
  // Each child leads a process group of its own (PHP's server forks workers): the whole group is stopped, and
  // each awaited, so the next site finds MariaDB's files free. What this run wrote is removed.
  const stop = async () => {
    for (const child of started.reverse()) {
      // No pid: it never started.
      if (child.exitCode !== null || child.pid === undefined) continue;
      const { pid } = child;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      try {
        process.kill(-pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }, 10_000);
      await exited;
      clearTimeout(timer);
    }
    for (const path of written) rmSync(path, { recursive: true, force: true });
  };
  try {
    if (wordpress) unpackNewerWordPress(wordpress, root);
    else await startMariaDB(started);

    const port = await freePort();
    const host = `127.0.0.1:${port}`;
    const debug = debugLog
      ? `define('WP_DEBUG', true);
define('WP_DEBUG_LOG', '${debugLog}');
define('WP_DEBUG_DISPLAY', false);
`
      : '';
    if (debugLog) {
      rmSync(debugLog, { force: true });
      written.push(debugLog);
    }
    if (wordpress) {
      // Its own wp-config.php: the database is the SQLite file the db.php drop-in makes in wp-content/database/.
      writeFileSync(
        join(root, 'wp-config.php'),
        `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', '');
define('DB_PASSWORD', '');
define('DB_HOST', '');
define('DB_CHARSET', 'utf8');
define('DB_COLLATE', '');
${[
  'AUTH_KEY',
  'SECURE_AUTH_KEY',
  'LOGGED_IN_KEY',
  'NONCE_KEY',
  'AUTH_SALT',
  'SECURE_AUTH_SALT',
  'LOGGED_IN_SALT',
  'NONCE_SALT',
]
  .map((key) => `define('${key}', '${key.toLowerCase()}-${process.pid}-${port}');`)
  .join('\n')}
$table_prefix = 'wp_';
define('WP_HOME', 'http://' . $_SERVER['HTTP_HOST']);
define('WP_SITEURL', 'http://' . $_SERVER['HTTP_HOST']);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
${debug}if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`,
      );
    } else {
      writeDebianConfig(written, debug);
    }
    const posts = await serveSite({ host, root, contentDir, written, started, cases, pluginZip, uploads, muPlugins });
    return { origin: `http://${host}`, posts, root, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Unpacks WordPress `version` from @wp-playground/wordpress-builds into `root`: its zip, the static files the zip
 * leaves out (public/wp-<version>/, which Playground fetches from elsewhere), and the SQLite Database Integration
 * plugin with its db.php drop-in, so PHP's SQLite driver stands in for MySQL. The zip's ready-made database
 * (Playground's site and users) is not used: the site is installed afresh.
 * @param {string} version
 * @param {string} root
 */
function unpackNewerWordPress(version, root) {
  /**
   * Writes the files of the zip at `zip` whose path starts with `strip` into `into`, without that start.
   * @param {string} zip
   * @param {string} into
   */
  const unpack = (zip, into, strip = '') => {
    for (const [path, data] of Object.entries(unzipSync(readFileSync(zip)))) {
      if (path.endsWith('/') || !path.startsWith(strip)) continue;
      const target = join(into, path.slice(strip.length));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, data);
    }
  };
  unpack(join(BUILDS, `src/wordpress/wp-${version}.zip`), root);
  cpSync(join(BUILDS, `public/wp-${version}`), root, { recursive: true });
  rmSync(join(root, 'wp-content/database/.ht.sqlite'), { force: true });
  const sqlite = join(root, 'wp-content/plugins/sqlite-database-integration');
  unpack(
    join(BUILDS, 'src/sqlite-database-integration/sqlite-database-integration.zip'),
    sqlite,
    'sqlite-database-integration-main/',
  );
  writeFileSync(
    join(root, 'wp-content/db.php'),
    readFileSync(join(sqlite, 'db.copy'), 'utf8')
      .replace("'{SQLITE_IMPLEMENTATION_FOLDER_PATH}'", `'${sqlite}'`)
      .replace(/\{SQLITE_PLUGIN\}/g, 'sqlite-database-integration/load.php'),
  );
}

/**
 * Starts MariaDB unless it runs (pushing it on `started`), and makes the test database afresh.
 * @param {import('node:child_process').ChildProcess[]} started
 */
async function startMariaDB(started) {
  if (!mariadbAnswers()) {
    mkdirSync('/run/mysqld', { recursive: true });
    sh('chown', ['mysql:mysql', '/run/mysqld']);
    const mariadb = spawn('mariadbd', ['--user=mysql', '--skip-networking', `--socket=${SOCKET}`], {
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    });
    let log = '';
    mariadb.stderr.on('data', (chunk) => (log = (log + chunk).slice(-4000)));
    mariadb.once('exit', (code) => code && console.error(`mariadbd exited with ${code}:\n${log}`));
    started.push(mariadb);
    await until(mariadbAnswers, 'MariaDB');
  }
  sh('mariadb', [
    '--protocol=socket',
    `--socket=${SOCKET}`,
    '-uroot',
    '-e',
    `DROP DATABASE IF EXISTS ${DATABASE}; CREATE DATABASE ${DATABASE};
     CREATE USER IF NOT EXISTS 'showcase'@'localhost' IDENTIFIED BY 'showcase-test';
     GRANT ALL ON ${DATABASE}.* TO 'showcase'@'localhost'; FLUSH PRIVILEGES;`,
  ]);
}

/**
 * Debian's wp-config.php reads /etc/wordpress/config-<host without its port>.php: this run's, removed after.
 * @param {string[]} written the paths this run wrote, removed when it stops
 * @param {string} debug the config's lines that turn WP_DEBUG on, or nothing
 */
function writeDebianConfig(written, debug) {
  written.push('/etc/wordpress/config-127.0.0.1.php');
  writeFileSync(
    '/etc/wordpress/config-127.0.0.1.php',
    `<?php
define('DB_NAME', '${DATABASE}');
define('DB_USER', 'showcase');
define('DB_PASSWORD', 'showcase-test');
define('DB_HOST', 'localhost');
define('WP_CONTENT_DIR', '${CONTENT_DIR}');
define('WP_HOME', 'http://' . $_SERVER['HTTP_HOST']);
define('WP_SITEURL', 'http://' . $_SERVER['HTTP_HOST']);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
${debug}`,
  );
}

/**
 * Installs the plugin, must-use plugins and uploads into `contentDir`, installs the site and its posts
 * (setup-site.php), serves `root` with PHP's built-in server, and resolves to the posts' { id, url, saved }.
 * `written` and `started` collect what this run wrote and started, for startWordPress's `stop`.
 * @param {{ host: string, root: string, contentDir: string, written: string[], started: import('node:child_process').ChildProcess[], cases: SiteCase[], pluginZip?: string, uploads: Record<string, string>, muPlugins: Record<string, string> }} site
 * @returns {Promise<WordPressSite['posts']>}
 */
async function serveSite({ host, root, contentDir, written, started, cases, pluginZip, uploads, muPlugins }) {
  // The plugin, as Plugins > Add New > Upload installs it: the zip unpacked into the plugins folder.
  const plugins = join(contentDir, 'plugins');
  rmSync(join(plugins, 'python-showcase'), { recursive: true, force: true });
  written.push(join(plugins, 'python-showcase'));
  for (const [path, data] of Object.entries(pluginZip ? unzipSync(readFileSync(pluginZip)) : {})) {
    if (path.endsWith('/')) continue;
    mkdirSync(dirname(join(plugins, path)), { recursive: true });
    writeFileSync(join(plugins, path), data);
  }
  // Must-use plugins: this run's, removed again when it stops.
  const muPluginsDir = join(contentDir, 'mu-plugins');
  for (const [file, php] of Object.entries(muPlugins)) {
    mkdirSync(muPluginsDir, { recursive: true });
    writeFileSync(join(muPluginsDir, file), php);
    written.push(join(muPluginsDir, file));
  }

  // Files an editor uploads (a content.json for data-src), by their path under uploads/.
  for (const [path, text] of Object.entries(uploads)) {
    mkdirSync(dirname(join(contentDir, 'uploads', path)), { recursive: true });
    writeFileSync(join(contentDir, 'uploads', path), text);
    written.push(join(contentDir, 'uploads', path));
  }

  const casesFile = join(tmpdir(), `showcase-wordpress-cases-${process.pid}.json`);
  writeFileSync(casesFile, JSON.stringify(cases));
  const setup = spawnSync(
    'php',
    [join(HERE, 'setup-site.php'), host, casesFile, pluginZip ? 'with-plugin' : '', root],
    {
      encoding: 'utf8',
    },
  );
  rmSync(casesFile, { force: true });
  if (setup.status !== 0) throw new Error(`setup-site.php failed:\n${setup.stderr}\n${setup.stdout}`);
  const posts = JSON.parse(setup.stdout.slice(setup.stdout.indexOf('{')));

  const server = spawn('php', ['-S', host, '-t', root, join(HERE, 'router.php')], {
    stdio: 'ignore',
    env: { ...process.env, PHP_CLI_SERVER_WORKERS: '2' },
    detached: true,
  });
  started.push(server);
  await until(
    () =>
      fetch(`http://${host}/`)
        .then((response) => response.ok)
        .catch(() => false),
    'WordPress to answer',
  );
  return posts;
}
