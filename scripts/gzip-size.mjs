// @ts-check
// The drop-in script's size as its budget is stated, `gzip -9` bytes, wherever a figure of it is given (the size
// budget, the size report, the benchmark, the README's headline), so that they agree.
import { execFileSync } from 'node:child_process';

/**
 * `input`'s size in bytes after `gzip -9 -n`, by the gzip command on the PATH. Node's zlib at the same level gives
 * another figure (159 bytes more on this file), so there is no fallback: a machine without gzip gets an error
 * that says so rather than a figure that disagrees with the budget.
 * @param {string | Uint8Array} input
 */
export function gzipCommandBytes(input) {
  try {
    return execFileSync('gzip', ['-9', '-n', '-c'], { input, maxBuffer: 64 * 1024 * 1024 }).length;
  } catch (error) {
    throw new Error(`measuring the drop-in's size needs the gzip command (${String(error)})`, { cause: error });
  }
}
