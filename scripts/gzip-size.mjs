// @ts-check
// The drop-in script's size as its budget is stated, `gzip -9` bytes, wherever a figure of it is given (the size
// budget, the size report, the README's headline), so that they agree.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/**
 * `input`'s size in bytes after `gzip -9 -n`: the gzip command's, which differs from Node's zlib at the same level
 * by up to a few hundred bytes on this file; Node's zlib where there is no gzip command.
 * @param {string | Uint8Array} input
 */
export const gzipCommandBytes = (input) =>
  existsSync('/bin/gzip')
    ? execFileSync('gzip', ['-9', '-n', '-c'], { input }).length
    : gzipSync(input, { level: 9 }).length;
