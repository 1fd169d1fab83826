/**
 * Where a page's share card is: /cards/index.png for /, /cards/reports/x.png
 * for /reports/x/. Apart from ./card.ts so that pages can name a card without
 * loading what draws it.
 */
export const cardPath = (pathname: string) => `/cards/${pathname.replace(/^\/|\/$/g, '') || 'index'}.png`;
