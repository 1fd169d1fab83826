import { readdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { FileCache, cachedJson } from '../../src/lib/cache.ts';
import { scratchDir } from '../support/scratch.ts';

const fresh = () => new FileCache('test', scratchDir('cache-'));

describe('the build cache', () => {
  it('works a value out once, then reads it back, undefined included', () => {
    const cache = fresh();
    const compute = vi.fn(() => ({ d: 'M0 0' }));
    expect(cachedJson(cache, 'k', compute)).toEqual({ d: 'M0 0' });
    expect(cachedJson(cache, 'k', compute)).toEqual({ d: 'M0 0' });
    expect(compute).toHaveBeenCalledTimes(1);
    const none = vi.fn(() => undefined);
    cachedJson(cache, 'none', none);
    expect(cachedJson(cache, 'none', none)).toBeUndefined();
    expect(none).toHaveBeenCalledTimes(1);
  });

  it('works a value out again when its entry is cut short', () => {
    const cache = fresh();
    cachedJson(cache, 'k', () => ({ d: 'M0 0' }));
    writeFileSync(cache.path('k.json'), '{"value":{"d":"M0');
    const compute = vi.fn(() => ({ d: 'M1 1' }));
    expect(cachedJson(cache, 'k', compute)).toEqual({ d: 'M1 1' });
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('leaves only whole entries under their names, no temporary files', () => {
    const cache = fresh();
    cache.write('a.png', Buffer.from('whole'));
    expect(readdirSync(cache.dir)).toEqual(['a.png']);
    expect(cache.read('a.png', (b) => b.toString() === 'whole')?.toString()).toBe('whole');
    expect(cache.read('a.png', () => false)).toBeUndefined();
    expect(readdirSync(cache.dir)).toEqual([]);
  });

  it('takes an entry whose file another writer writes, whole or not at all', async () => {
    const cache = fresh();
    await cache.writeWith('a.png', async (file) => writeFileSync(file, 'whole'));
    expect(readdirSync(cache.dir)).toEqual(['a.png']);
    const failing = cache.writeWith('b.png', async (file) => {
      writeFileSync(file, 'half');
      throw new Error('the writer failed');
    });
    await expect(failing).rejects.toThrow('the writer failed');
    expect(readdirSync(cache.dir)).toEqual(['a.png']);
  });
});
