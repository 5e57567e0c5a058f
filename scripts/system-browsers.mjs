// @ts-check
// Debian's browsers, as the tests, the screenshots and the benchmarks launch them. As root Chromium needs
// --no-sandbox; without the background-networking flags it keeps trying to reach the (closed) network.
export const chromiumLaunchOptions = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
