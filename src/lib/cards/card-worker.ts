/**
 * A thread that draws share cards (./card.ts) for ./draw.ts: laying out and
 * painting a card's glyphs is about a millisecond of JavaScript a card, which
 * on the build's main thread held up the pages it renders meanwhile. Says
 * { ready } once its fonts are read; then takes { id, card, file }, writes the
 * PNG to `file`, and answers { id }, or { id, error } when the card could not
 * be drawn.
 */
import { parentPort } from 'node:worker_threads';
import type { CardInput } from './card-input.ts';
import { loadFonts, renderCardTo } from './card.ts';

loadFonts();
parentPort!.postMessage({ ready: true });

parentPort!.on('message', ({ id, card, file }: { id: number; card: CardInput; file: string }) => {
  renderCardTo(card, file).then(
    () => parentPort!.postMessage({ id }),
    (e: unknown) => parentPort!.postMessage({ id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
  );
});
