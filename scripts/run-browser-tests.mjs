// @ts-check
// Starts WebKitWebDriver on a free port (inside the same Xvfb display as the test runner: MiniBrowser started
// outside it cannot open a window), runs web-test-runner, and stops the driver. Arguments go to wtr.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { COUNTS_FILE } from '../tests/helpers/count-reporter.js';
import { createServer, connect } from 'node:net';

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/**
 * @param {number} port
 * @param {number} timeoutMs
 */
async function waitForPort(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not listen on port ${port} within ${timeoutMs} ms`);
}

const browsers = process.env.BROWSERS ?? 'chromium,firefox,webkit';
/** @type {NodeJS.ProcessEnv} */
const env = { ...process.env, BROWSERS: browsers };
const drivers = [];
if (browsers.includes('webkit')) {
  // Two drivers: one in the machine's time zone, one in the second time zone of web-test-runner.config.js,
  // whose MiniBrowser inherits TZ from it.
  const { SECOND_TIME_ZONE } = await import('../web-test-runner.config.js');
  for (const [variable, timeZone] of /** @type {Array<[string, string | undefined]>} */ ([
    ['WEBKIT_DRIVER_PORT', undefined],
    ['WEBKIT_TZ_DRIVER_PORT', SECOND_TIME_ZONE],
  ])) {
    const port = await freePort();
    const driverEnv = timeZone ? { ...process.env, TZ: timeZone } : process.env;
    drivers.push(spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore', env: driverEnv }));
    await waitForPort(port, 15_000);
    env[variable] = String(port);
  }
}

rmSync(COUNTS_FILE, { force: true });
const runner = spawn('npx', ['wtr', ...process.argv.slice(2)], { stdio: 'inherit', env });
const code = await new Promise((resolve) => runner.once('exit', (status) => resolve(status ?? 1)));
for (const driver of drivers) driver.kill();
if (existsSync(COUNTS_FILE)) {
  const { passed, failed, skipped } = JSON.parse(readFileSync(COUNTS_FILE, 'utf8'));
  console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  if (code === 0 && passed === 0) {
    console.error('no test ran');
    process.exit(1);
  }
}
process.exit(code);
