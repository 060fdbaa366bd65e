import { describe, expect, it } from 'vitest';
import { detectEncoding } from '@/lib/portability/csv-encoding';

/** Encode text in a Windows code page (the inverse of TextDecoder's table). */
function encode(text: string, page: 'windows-1250' | 'windows-1251'): Uint8Array {
  const decoder = new TextDecoder(page);
  const table = new Map(Array.from({ length: 256 }, (_, b) => [decoder.decode(Uint8Array.of(b)), b] as const));
  return Uint8Array.from([...text].map((c) => table.get(c) ?? 0x3f));
}

describe('guessing a CSV file’s encoding', () => {
  it('BOMs first, then UTF-16 without one by its zero bytes, then a strict UTF-8 decode', () => {
    expect(detectEncoding(Uint8Array.of(0xef, 0xbb, 0xbf, 0x61))).toEqual({ encoding: 'utf-8', by: 'bom' });
    expect(detectEncoding(Uint8Array.of(0xff, 0xfe, 0x61, 0))).toEqual({ encoding: 'utf-16le', by: 'bom' });
    expect(detectEncoding(Uint8Array.of(0xfe, 0xff, 0, 0x61))).toEqual({ encoding: 'utf-16be', by: 'bom' });
    const le = new Uint8Array([...'name,email\nAnna,a@b.co\n'].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(detectEncoding(le)).toEqual({ encoding: 'utf-16le', by: 'zeros' });
    expect(detectEncoding(new TextEncoder().encode('Łukasz Żółć;Олена'))).toEqual({ encoding: 'utf-8', by: 'utf-8' });
    // A sample cut in the middle of a character is still UTF-8.
    expect(detectEncoding(new TextEncoder().encode('Żółć').slice(0, 3)).encoding).toBe('utf-8');
  });

  it.each([
    ['Polish', 'Imię;Nazwisko;Firma\nŁukasz;Żółć;Łąkowe Smaki\nZofia;Kowalczyk;Świętokrzyskie Młyny', 'windows-1250'],
    ['Czech', 'Jméno;Příjmení\nJiří;Dvořák\nRůžena;Šťastná', 'windows-1250'],
    ['Hungarian', 'Név;Cég\nŐrsi Gábor;Győri Kft.', 'windows-1250'],
    ['Ukrainian', "Ім'я;Прізвище\nОлена;Коваленко\nІрина;Ґалаґан", 'windows-1251'],
    ['Russian', 'Имя;Фамилия;Компания\nАнна;Лебедева;Севертранс', 'windows-1251'],
    ['Russian, names only', 'Олена Коваль', 'windows-1251'],
  ] as const)('Windows-1250 against -1251 by their letters: %s', (_, text, page) => {
    expect(detectEncoding(encode(text, page))).toEqual({ encoding: page, by: 'letters' });
  });
});
