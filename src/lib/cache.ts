/**
 * The build's cache of derived files (share cards, the locator map's
 * outlines), in node_modules/.cache/<name>/, never committed: what depends
 * only on inputs that did not change is worked out once and reused.
 *
 * An entry is written to a temporary name and renamed into place, so a build
 * killed mid-write leaves no half-written entry under the real name; and each
 * entry is checked when read, so one damaged some other way (a full disk, a
 * hand edit) is worked out again rather than published.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

export class FileCache {
  readonly dir: string;
  constructor(name: string, root = join(process.cwd(), 'node_modules/.cache')) {
    this.dir = join(root, name);
    mkdirSync(this.dir, { recursive: true });
  }

  path(key: string) {
    return join(this.dir, key);
  }

  /** The entry under `key` if there is one and `valid` accepts it; a damaged one is removed. */
  read(key: string, valid: (data: Buffer) => boolean): Buffer | undefined {
    let data: Buffer;
    try {
      data = readFileSync(this.path(key));
    } catch {
      return undefined;
    }
    if (valid(data)) return data;
    rmSync(this.path(key), { force: true });
    return undefined;
  }

  /** Writes the entry whole or not at all: to a name of its own, then renamed over `key`. */
  write(key: string, data: Buffer | string) {
    const temporary = this.temporary(key);
    try {
      writeFileSync(temporary, data);
      renameSync(temporary, this.path(key));
    } finally {
      rmSync(temporary, { force: true });
    }
  }

  /**
   * The same, where `writeTo` writes the file itself (sharp does, in its own
   * thread), and the rest is done off the main thread too.
   */
  async writeWith(key: string, writeTo: (file: string) => Promise<unknown>) {
    const temporary = this.temporary(key);
    try {
      await writeTo(temporary);
      await rename(temporary, this.path(key));
    } catch (error) {
      // Once renamed there is nothing to remove: a thousand cards asked for a thousand needless look-ups.
      await rm(temporary, { force: true });
      throw error;
    }
  }

  private temporary(key: string) {
    return this.path(`.${key}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  }
}

/**
 * A JSON value worked out by `compute` once per `key`: the cached copy when
 * it parses, or else `compute()`, stored. `undefined` is a value too.
 */
export function cachedJson<T>(cache: FileCache, key: string, compute: () => T): T {
  let found: { value?: T } | undefined;
  cache.read(`${key}.json`, (data) => {
    try {
      const parsed: unknown = JSON.parse(data.toString('utf8'));
      if (typeof parsed === 'object' && parsed !== null && ('value' in parsed || 'none' in parsed)) found = parsed as { value?: T };
    } catch {
      // Damaged: worked out again below.
    }
    return found !== undefined;
  });
  if (found) return found.value as T;
  const value = compute();
  cache.write(`${key}.json`, JSON.stringify(value === undefined ? { none: true } : { value }));
  return value;
}
