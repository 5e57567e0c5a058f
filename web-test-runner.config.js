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

const webkitDriverPort = Number(process.env.WEBKIT_DRIVER_PORT || 4444);
const chosen = (process.env.BROWSERS || 'chromium,firefox,webkit').split(',');

const browsers = {
  chromium: chromeLauncher({
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  }),
  firefox: chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: { browser: 'firefox', executablePath: '/usr/bin/firefox-esr' },
  }),
  webkit: webdriverLauncher({
    hostname: '127.0.0.1',
    port: webkitDriverPort,
    capabilities: {
      browserName: 'MiniBrowser',
      // webdriverio 9 asks for WebDriver BiDi unless told otherwise; WebKitWebDriver speaks Classic only.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': {
        binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        args: ['--automation'],
      },
    },
  }),
};

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  // No esbuild target: with one, esbuild would also rewrite .js files, and the built drop-in script must be served as built.
  middleware: [testServerMiddleware],
  plugins: [
    testServerPlugin(),
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  reporters: [defaultReporter(), countReporter()],
  browsers: chosen.map((name) => browsers[name]),
  // WebKitWebDriver drives one MiniBrowser session at a time.
  concurrency: 1,
  concurrentBrowsers: 3,
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
};
