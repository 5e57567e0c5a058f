// @ts-check
// Runs every test file in Chromium, Firefox ESR and WebKitGTK, the three engines partners' visitors use, from
// the system's packages (nothing is downloaded). See scripts/test.mjs for what starts WebKitWebDriver and Xvfb.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { chromiumLaunchOptions } from './scripts/system-browsers.mjs';
import { countReporter } from './tests/helpers/count-reporter.js';
import { testServerMiddleware, testServerPlugin } from './tests/server/test-server.js';

const chosen = /** @type {Array<'chromium' | 'firefox' | 'webkit'>} */ (
  (process.env.BROWSERS || 'chromium,firefox,webkit').split(',')
);
/** The time zone of the second group of browsers: one with a daylight-saving change, unlike the machine's UTC. */
export const SECOND_TIME_ZONE = 'America/New_York';

/**
 * The three browsers, in the machine's time zone or in `timeZone` (for Chromium and Firefox through their
 * environment; WebKit's MiniBrowser inherits that of the WebKitWebDriver on `webkitPort`, which
 * scripts/run-browser-tests.mjs starts with TZ set).
 * @param {string | undefined} timeZone
 * @param {number} webkitPort
 */
const launchers = (timeZone, webkitPort) => ({
  chromium: chromeLauncher({
    launchOptions: {
      ...chromiumLaunchOptions,
      ...(timeZone && { env: { ...process.env, TZ: timeZone } }),
    },
  }),
  firefox: chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: {
      browser: 'firefox',
      executablePath: '/usr/bin/firefox-esr',
      ...(timeZone && { env: { ...process.env, TZ: timeZone } }),
    },
  }),
  webkit: webdriverLauncher({
    hostname: '127.0.0.1',
    port: webkitPort,
    // Cast: webdriverio's types do not list WebKitGTK's own capability, webkitgtk:browserOptions.
    capabilities: /** @type {WebdriverIO.Capabilities} */ ({
      browserName: 'MiniBrowser',
      // webdriverio 9 asks for WebDriver BiDi unless told otherwise; WebKitWebDriver speaks Classic only.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': {
        binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        args: ['--automation'],
      },
    }),
  }),
});
const browsers = launchers(undefined, Number(process.env.WEBKIT_DRIVER_PORT || 4444));
const secondTimeZone = launchers(SECOND_TIME_ZONE, Number(process.env.WEBKIT_TZ_DRIVER_PORT || 4445));

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['tests/**/*.test.ts', '!tests/promo-time-zone.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  // No esbuild target: with one, esbuild would also rewrite .js files, and the built drop-in script must be served as built.
  middleware: [testServerMiddleware],
  plugins: [
    testServerPlugin(),
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  reporters: [defaultReporter(), countReporter()],
  browsers: chosen.map((name) => browsers[name]),
  // Deadlines count calendar days in the visitor's time zone: the promo tests run again in one with a
  // daylight-saving change.
  groups: [
    {
      name: 'time-zone',
      files: ['tests/promo-schedule.test.ts', 'tests/promo-time-zone.test.ts'],
      browsers: chosen.map((name) => secondTimeZone[name]),
    },
  ],
  // WebKitWebDriver drives one MiniBrowser session at a time.
  concurrency: 1,
  concurrentBrowsers: 3,
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
};
