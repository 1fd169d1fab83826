/**
 * Wording, not typography: how the checks compare the site's quotations (and
 * evidence) with a source's text. Case, spacing, curly or straight quotes, an
 * ellipsis written … or ..., and the kind of dash (with or without spaces
 * around it) do not count; every word and every other mark does.
 */
export const normaliseWording = (s: string) =>
  s
    .normalize('NFC')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/\.\.\./g, '…')
    .replace(/\s*[-‐‑‒–—―]\s*/g, ' - ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
