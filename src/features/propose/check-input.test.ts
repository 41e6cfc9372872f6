import { describe, expect, it } from 'vitest';
import { checkInput, MAX_CHARS } from './check-input';
import { crc32, zip } from './zip';

describe('propose input', () => {
  it('accepts an Arabic article', () => {
    expect(checkInput('نفذت قوات التحالف الدولي عملية إنزال جوي في بلدة الشحيل بريف دير الزور الشرقي.')).toBeNull();
  });
  it('names empty, binary, non-Arabic and too long input', () => {
    expect(checkInput('  \n ')).toEqual({ code: 'empty' });
    expect(checkInput('PK\u0003\u0004\u0000\u0000 نفذت قوات التحالف الدولي عملية إنزال جوي')).toEqual({
      code: 'binary',
    });
    expect(checkInput('A coalition raid was reported in eastern Syria. '.repeat(4))).toEqual({ code: 'not-arabic' });
    expect(checkInput('إنزال '.repeat(MAX_CHARS))).toMatchObject({ code: 'too-long', max: MAX_CHARS });
  });
});

describe('zip', () => {
  it('writes stored entries that a reader finds by name, with their CRC', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    const bytes = zip([
      { name: 'a.yaml', text: 'id: a\n' },
      { name: 'ب.yaml', text: 'id: ب\n' },
    ]);
    const view = new DataView(bytes.buffer);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect(view.getUint32(bytes.length - 22, true)).toBe(0x06054b50);
    expect(view.getUint16(bytes.length - 12, true)).toBe(2);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('ب.yaml');
    expect(text).toContain('id: ب');
  });
});
