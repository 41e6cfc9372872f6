import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeArticle, readArticle } from './article-input';

describe('article input', () => {
  it('rejects a missing file, naming it', () => {
    expect(readArticle('/no/such/article.txt')).toEqual({
      ok: false,
      message: '/no/such/article.txt: cannot read the article (no such file)',
    });
  });
  it('rejects a directory', () => {
    expect(readArticle(tmpdir())).toMatchObject({ ok: false, message: expect.stringContaining('is a directory') });
  });
  it('rejects binary data, invalid UTF-8 and empty files', () => {
    expect(decodeArticle(new Uint8Array([0x41, 0, 0x42]), 'b.bin')).toMatchObject({
      ok: false,
      message: expect.stringContaining('b.bin: looks like a binary file'),
    });
    expect(decodeArticle(new Uint8Array([0xd8, 0x41]), 'c.txt')).toEqual({
      ok: false,
      message: 'c.txt: is not valid UTF-8 text',
    });
    expect(decodeArticle(new TextEncoder().encode(' \n\t'), 'e.txt')).toEqual({
      ok: false,
      message: 'e.txt: is empty',
    });
  });
  it('reads UTF-8 text, dropping a BOM and CRLF line ends', () => {
    const dir = mkdtempSync(join(tmpdir(), 'article-'));
    writeFileSync(join(dir, 'a.txt'), '\uFEFFسطر\r\nثان');
    expect(readArticle(join(dir, 'a.txt'))).toEqual({ ok: true, text: 'سطر\nثان' });
  });
});
