/**
 * Reads one article file for the CLI and rejects what is not a text article: missing or unreadable files,
 * directories, binary data (NUL bytes), invalid UTF-8 and empty files, each with a message naming the file.
 */
import { readFileSync } from 'node:fs';

export type ArticleInput = { ok: true; text: string } | { ok: false; message: string };

/** Validates raw bytes as an article text (UTF-8, optional BOM). */
export function decodeArticle(bytes: Uint8Array, file: string): ArticleInput {
  if (bytes.includes(0))
    return { ok: false, message: `${file}: looks like a binary file (contains NUL bytes), expected UTF-8 text` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: `${file}: is not valid UTF-8 text` };
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.trim()) return { ok: false, message: `${file}: is empty` };
  return { ok: true, text };
}

export function readArticle(file: string): ArticleInput {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : String(e);
    return { ok: false, message: `${file}: cannot read the article (${why})` };
  }
  return decodeArticle(bytes, file);
}
