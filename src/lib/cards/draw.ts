/**
 * Draws share cards into the cache, then copies them into a built site: each
 * card is taken from the cache when its inputs have not changed and the
 * cached PNG is whole, else drawn (several at once, so that every core is
 * used) and cached. Drawing can start before the site is built, as soon as
 * the caller knows which cards it will need; where that list comes from is
 * the caller's business.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { crc32 } from 'node:zlib';
import { FileCache } from '../cache.ts';
import { cardKey, type CardInput } from './card-input.ts';

/** A card to draw, and where it goes under the built site (/cards/x.png). */
type PageCard = CardInput & { path: string };

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

/**
 * Whether `png` is a whole PNG: the signature, then chunks whose lengths add
 * up and whose checksums match, ending with IEND. A file cut short or
 * damaged fails.
 */
export function isWholePng(png: Buffer): boolean {
  if (!png.subarray(0, 8).equals(SIGNATURE)) return false;
  let at = 8;
  while (at + 12 <= png.length) {
    const length = png.readUInt32BE(at);
    const end = at + 12 + length;
    if (end > png.length) return false;
    if (crc32(png.subarray(at + 4, end - 4)) !== png.readUInt32BE(end - 4)) return false;
    if (png.toString('latin1', at + 4, at + 8) === 'IEND') return end === png.length;
    at = end;
  }
  return false;
}

/**
 * Runs tasks with at most `limit` at once, the rest in the order they came.
 * The limit can be raised while tasks wait.
 */
class Limiter {
  private running = 0;
  private waiting: (() => void)[] = [];
  private limit: number;
  constructor(limit: number) {
    this.limit = limit;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running < this.limit) this.running++;
    else await new Promise<void>((go) => this.waiting.push(go));
    try {
      return await task();
    } finally {
      this.running--;
      this.startWaiting();
    }
  }

  raise(limit: number) {
    this.limit = limit;
    this.startWaiting();
  }

  /** Starts as many waiting tasks as the limit allows. */
  private startWaiting() {
    while (this.running < this.limit && this.waiting.length) {
      this.running++;
      this.waiting.shift()!();
    }
  }
}

/**
 * The threads that draw cards (./card-worker.ts), one fewer than the cores
 * (at least one), so that the main thread keeps a core for the pages. Each
 * takes several cards at once: it paints one while sharp encodes others in
 * libuv's thread pool. A thread keeps the process alive only while it starts
 * or has a card to draw.
 */
class CardThreads {
  private threads: Thread[] = [];
  private waiting = new Map<number, { thread: Thread; done: (error?: Error) => void }>();
  private lastId = 0;
  /** Once every thread has started and read its fonts. */
  readonly started: Promise<void>;

  constructor(count = Math.max(1, availableParallelism() - 1)) {
    for (let i = 0; i < count; i++) this.threads.push(this.start());
    this.started = Promise.all(this.threads.map((t) => t.started)).then(() => {});
  }

  private start(): Thread {
    const worker = new Worker(new URL('./card-worker.ts', import.meta.url));
    let started!: () => void;
    const thread: Thread = { worker, cards: 0, started: new Promise((resolve) => (started = resolve)) };
    worker.on('message', ({ id, ready, error }: { id?: number; ready?: true; error?: string }) => {
      if (ready) {
        started();
        if (thread.cards === 0) worker.unref();
      } else this.finish(id!, error === undefined ? undefined : new Error(error));
    });
    // A thread that fails outside a card (it could not load, say) fails every card it had, and is replaced.
    worker.on('error', (error) => {
      started();
      for (const [id, card] of this.waiting) if (card.thread === thread) this.finish(id, error);
      this.threads[this.threads.indexOf(thread)] = this.start();
    });
    return thread;
  }

  private finish(id: number, error?: Error) {
    const card = this.waiting.get(id);
    if (!card) return;
    this.waiting.delete(id);
    if (--card.thread.cards === 0) card.thread.worker.unref();
    card.done(error);
  }

  /** Draws `card` into `file`, on the thread with the fewest cards. */
  draw(card: CardInput, file: string): Promise<void> {
    const thread = this.threads.reduce((a, b) => (b.cards < a.cards ? b : a));
    if (thread.cards++ === 0) thread.worker.ref();
    const id = ++this.lastId;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { thread, done: (error) => (error ? reject(error) : resolve()) });
      thread.worker.postMessage({ id, card, file });
    });
  }
}

/** A card thread: kept alive by the process only while it has cards (or has not yet started). */
interface Thread {
  worker: Worker;
  cards: number;
  started: Promise<void>;
}

export interface WriteResult {
  cards: number;
  /** Cards drawn, not found in the cache. */
  drawn: number;
  /** The pages whose card was not started before write() asked for it. */
  unforeseen: string[];
  /** Wall time write() took: waiting for cards still being drawn, drawing the unforeseen, copying. */
  ms: number;
}

/**
 * Draws cards into the cache as early as the caller knows them (start), and
 * writes a built site's cards from it (write). A card is drawn once per
 * drawer, however often it is asked for; each ends up in the cache, whole.
 *
 * Cards are painted on threads of their own (CardThreads) and encoded by
 * sharp in libuv's thread pool. Until write() is called the caller's main
 * thread is busy (rendering pages): cards are drawn one fewer at a time than
 * there are cores, so that it keeps a core, and a thread of the pool for its
 * own file reads and writes. From write() on, two a core, which keeps every
 * core busy.
 */
export class CardDrawer {
  /** Each card's work by cache key: true once drawn, false if the cache had it. */
  private work = new Map<string, Promise<boolean>>();
  private limiter = new Limiter(Math.max(1, availableParallelism() - 1));
  private threads = new CardThreads();
  /** Once the card threads have started and read their fonts (a card asked for before then waits for it). */
  readonly started = this.threads.started;

  private cache: FileCache;
  constructor(cache = new FileCache('share-cards')) {
    this.cache = cache;
  }

  /** Starts on every card not started yet, and returns at once. */
  start(cards: CardInput[]) {
    for (const card of cards) void this.ready(card, `${cardKey(card)}.png`);
  }

  /** The card's work, started now if it was not already; once it is done, the cache holds the card under `key`. */
  private ready(card: CardInput, key: string): Promise<boolean> {
    let work = this.work.get(key);
    if (!work) {
      work = (async () => {
        if (this.cache.read(key, isWholePng)) return false;
        // Only the drawing waits its turn: what comes after it waits on the thread pool, not on a core.
        await this.cache.writeWith(key, (file) => this.limiter.run(() => this.threads.draw(card, file)));
        return true;
      })();
      // A card that cannot be drawn fails the write() that needs it, not the process while nobody waits for it yet.
      work.catch(() => {});
      this.work.set(key, work);
    }
    return work;
  }

  /** Writes each card under `outDir` at its path, waiting for those being drawn and drawing any not started. */
  async write(cards: PageCard[], outDir: string): Promise<WriteResult> {
    const begin = performance.now();
    this.limiter.raise(2 * availableParallelism());
    const keyed = cards.map((card) => ({ card, key: `${cardKey(card)}.png` }));
    const unforeseen = keyed.filter(({ key }) => !this.work.has(key)).map(({ card }) => card.path);
    const drawn = new Set<string>();
    await Promise.all(
      keyed.map(async ({ card, key }) => {
        if (await this.ready(card, key)) drawn.add(key);
        const out = join(outDir, card.path);
        // Off the main thread: a thousand cards copied one after another held it for a second.
        await mkdir(dirname(out), { recursive: true });
        await copyFile(this.cache.path(key), out);
      }),
    );
    return { cards: cards.length, drawn: drawn.size, unforeseen, ms: performance.now() - begin };
  }
}
