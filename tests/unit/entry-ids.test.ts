import { describe, expect, it } from 'vitest';
import { entryId, idProblems } from '../../src/lib/load/entry-ids.ts';

describe('entry ids', () => {
  it('are the file name without its extension', () => {
    expect(entryId('kolesnikova.yaml')).toBe('kolesnikova');
    expect(entryId('al-jazeera.mdx')).toBe('al-jazeera');
  });
  it('must be unique within a folder', () => {
    expect(idProblems('content/people', ['kolesnikova.yaml', 'kolesnikova.yml'])).toEqual([
      'content/people/kolesnikova.yml: duplicate id "kolesnikova", already given by content/people/kolesnikova.yaml',
    ]);
  });
  it('must be written in lower-case-with-hyphens', () => {
    const problems = idProblems('content/people', ['Kolesnikova.yaml', 'kolesnikova.yaml', 'maria_k.yaml']);
    expect(problems).toContain('content/people/Kolesnikova.yaml: the file name must be an id in lower-case-with-hyphens');
    expect(problems).toContain('content/people/maria_k.yaml: the file name must be an id in lower-case-with-hyphens');
    expect(problems).toContain(
      'content/people/kolesnikova.yaml: duplicate id "kolesnikova", already given by content/people/Kolesnikova.yaml',
    );
  });
  it('accept a clean folder', () => expect(idProblems('content/people', ['a.yaml', 'b-c.yaml'])).toEqual([]));
});
