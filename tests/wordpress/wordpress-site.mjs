// A real WordPress for the tests, from Debian's packages (wordpress, mariadb-server, php-cli, php-mysql), on
// loopback: installs what is missing (as root), starts MariaDB unless it runs, installs the plugin from the zip
// `npm run build:wordpress` writes (as a site owner uploads it), installs a site whose posts are saved as each
// role would save them (setup-site.php), and serves it with PHP's built-in server. Stops what it started.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
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
const SOCKET = '/run/mysqld/mysqld.sock';
const DATABASE = 'python_showcase_test';
// WordPress's own wp-content, where Debian's theme package puts Twenty Twenty-Three, served by PHP's server as
// it is (Debian's default, /var/lib/wordpress/wp-content, has no themes and is outside the document root).
const CONTENT_DIR = '/usr/share/wordpress/wp-content';

const sh = (command, args, options = {}) => execFileSync(command, args, { encoding: 'utf8', ...options });

function missingPackages() {
  return WORDPRESS_PACKAGES.filter((name) => {
    const status = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
    return !status.stdout.includes('install ok installed');
  });
}

/** Installs Debian's packages for WordPress when missing, without letting apt start MariaDB as a service. */
export function installWordPressPackages() {
  const missing = missingPackages();
  if (!missing.length) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`missing ${missing.join(', ')}: sudo apt-get install -y --no-install-recommends ${missing.join(' ')}`);
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

async function until(check, what, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Starts the site with `cases` ([{ name, role, content }]) as posts, the plugin installed from `pluginZip`, and
 * `uploads` ({ path: text }) under wp-content/uploads/, and `muPlugins` ({ file: php }), code a site's
 * administrator adds for the whole site; without `pluginZip`, the plugin is not installed. With `debugLog` (a
 * file's path), WP_DEBUG and WP_DEBUG_LOG are on and PHP's notices, warnings and deprecations go to that file. Resolves to { origin, posts: { name: { url, saved } }, stop }, where `stop` resolves once all is stopped and removed.
 */
export async function startWordPress({ cases, pluginZip, uploads = {}, muPlugins = {}, debugLog }) {
  if (process.getuid?.() !== 0) {
    throw new Error('the WordPress tests set up a site in /etc/wordpress and /usr/share/wordpress: run them as root');
  }
  installWordPressPackages();
  const started = [];
  const written = [];
  // Each child leads a process group of its own (PHP's server forks workers): the whole group is stopped, and
  // each awaited, so the next site finds MariaDB's files free. What this run wrote is removed.
  const stop = async () => {
    for (const child of started.reverse()) {
      if (child.exitCode !== null) continue;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid, 'SIGKILL');
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

    const port = await freePort();
    const host = `127.0.0.1:${port}`;
    // Debian's wp-config.php reads /etc/wordpress/config-<host without its port>.php.
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
${
  debugLog
    ? `define('WP_DEBUG', true);
define('WP_DEBUG_LOG', '${debugLog}');
define('WP_DEBUG_DISPLAY', false);
`
    : ''
}`,
    );
    if (debugLog) {
      rmSync(debugLog, { force: true });
      written.push(debugLog);
    }

    // The plugin, as Plugins > Add New > Upload installs it: the zip unpacked into the plugins folder.
    const plugins = join(CONTENT_DIR, 'plugins');
    rmSync(join(plugins, 'python-showcase'), { recursive: true, force: true });
    written.push(join(plugins, 'python-showcase'));
    for (const [path, data] of Object.entries(pluginZip ? unzipSync(readFileSync(pluginZip)) : {})) {
      if (path.endsWith('/')) continue;
      mkdirSync(dirname(join(plugins, path)), { recursive: true });
      writeFileSync(join(plugins, path), data);
    }
    // Must-use plugins: this run's, removed again when it stops.
    const muPluginsDir = join(CONTENT_DIR, 'mu-plugins');
    for (const [file, php] of Object.entries(muPlugins)) {
      mkdirSync(muPluginsDir, { recursive: true });
      writeFileSync(join(muPluginsDir, file), php);
      written.push(join(muPluginsDir, file));
    }

    // Files an editor uploads (a content.json for data-src), by their path under uploads/.
    for (const [path, text] of Object.entries(uploads)) {
      mkdirSync(dirname(join(CONTENT_DIR, 'uploads', path)), { recursive: true });
      writeFileSync(join(CONTENT_DIR, 'uploads', path), text);
      written.push(join(CONTENT_DIR, 'uploads', path));
    }

    const casesFile = join(tmpdir(), `showcase-wordpress-cases-${process.pid}.json`);
    writeFileSync(casesFile, JSON.stringify(cases));
    const setup = spawnSync('php', [join(HERE, 'setup-site.php'), host, casesFile, pluginZip ? 'with-plugin' : ''], {
      encoding: 'utf8',
    });
    rmSync(casesFile, { force: true });
    if (setup.status !== 0) throw new Error(`setup-site.php failed:\n${setup.stderr}\n${setup.stdout}`);
    const posts = JSON.parse(setup.stdout.slice(setup.stdout.indexOf('{')));

    const server = spawn('php', ['-S', host, '-t', '/usr/share/wordpress', join(HERE, 'router.php')], {
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
    return { origin: `http://${host}`, posts, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
