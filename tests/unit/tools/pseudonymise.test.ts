import { describe, expect, it } from 'vitest';
import { pseudonymise, removeExecutable } from '../../tools/pseudonymise.mjs';

const MAP = {
  pairs: [
    ['Łucja Żmuda-Kowal', 'Ilse Brandvold'],
    ['Łucja', 'Ilse'],
    ['lucja-zmuda-kowal-1a2b3c', 'ilse-brandvold-9f8e7d'],
    ['ACoAABS9BdoBSJFfAvbRCM0dr7lB5Eggww93Ld0', 'ACoAAFAKE0001xxxxxxxxxxxxxxxxxxxxxxxxxx'],
    ['lucja@real-corp.pl', 'ilse@example.org'],
  ] as [string, string][],
};

describe('pseudonymise', () => {
  it('replaces a name in markup, attributes, escaped JSON and URLs alike', () => {
    const html = [
      '<h1>Łucja Żmuda-Kowal</h1><img alt="Łucja Żmuda-Kowal">',
      '<a href="https://www.linkedin.com/in/lucja-zmuda-kowal-1a2b3c/">Łucja</a>',
      '<code>{&quot;firstName&quot;:&quot;\\u0141ucja&quot;,&quot;publicIdentifier&quot;:&quot;lucja-zmuda-kowal-1a2b3c&quot;}</code>',
      '<span>&#321;ucja</span><a href="/in/ACoAABS9BdoBSJFfAvbRCM0dr7lB5Eggww93Ld0">x</a>',
      '<span email="lucja@real-corp.pl"></span>',
    ].join('');
    const out = pseudonymise(html, MAP);
    for (const real of ['Łucja', '\\u0141ucja', '&#321;ucja', 'lucja-zmuda', 'ACoAABS9', 'real-corp']) {
      expect(out).not.toContain(real);
    }
    expect(out).toContain('<h1>Ilse Brandvold</h1>');
    expect(out).toContain('alt="Ilse Brandvold"');
    expect(out).toContain('/in/ilse-brandvold-9f8e7d/');
    expect(out).toContain('&quot;firstName&quot;:&quot;Ilse&quot;');
    expect(out).toContain('email="ilse@example.org"');
  });

  it('only replaces whole words', () => {
    expect(pseudonymise('<p>Łucjanna, Łucja.</p>', MAP)).toBe('<p>Łucjanna, Ilse.</p>');
  });

  it('gives ids, member urns, addresses and photos the map missed a stable stand-in', () => {
    const html =
      '<a href="/in/ACoAAZZZZZZZZZZZZZZZZZZ/">a</a><a href="/in/ACoAAZZZZZZZZZZZZZZZZZZ/">b</a>' +
      '<i data-urn="urn:li:member:347932122"></i><b email="someone@gmail.com"></b>' +
      '<img src="https://media.licdn.com/dms/image/C4E03AQ/profile?e=1&amp;t=x">' +
      '<img src="https://lh3.googleusercontent.com/a-/ALV-Uj=s80-p">' +
      '<img src="https://lh3.google.com/u/0/ogw/AF2bZyi=s32-c-mo" srcset="https://lh3.google.com/a-/ALV-Ujx=s64-p 2x">';
    const out = pseudonymise(html, { pairs: [] });
    const ids = out.match(/ACoAA\w+/g) ?? [];
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[0]).not.toBe('ACoAAZZZZZZZZZZZZZZZZZZ');
    expect(out).not.toContain('347932122');
    expect(out).toMatch(/urn:li:member:\d+/);
    expect(out).not.toContain('someone@gmail.com');
    expect(out).toMatch(/email="person-[0-9a-f]{8}@example\.com"/);
    expect(out).not.toMatch(/licdn\.com|googleusercontent|lh3\.google\.com|AF2bZyi|ALV-Uj/);
  });

  it('replaces member ids after a percent-escape too, the same way as elsewhere', () => {
    const id = 'ACoAABiVqgQBIwh7moen_LASzM1cVEVLdb77xYQ';
    const html =
      `<a href="/in/${id}?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3A${id}">a</a>` +
      `<a href="/search/results/people/?facetConnectionOf=%5B%22${id}%22%5D">b</a>`;
    const out = pseudonymise(html, { pairs: [] });
    expect(out).not.toContain('ACoAABiVqgQ');
    const ids = out.match(/ACoAA[\w-]+/g) ?? [];
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(1);
  });

  it("replaces Sales Navigator's member ids and seat urns, keeping their shape", () => {
    const id = 'ACwAAAzkTNABmryDnvdm-SaCy9FNjdDXUzHFOJ0';
    const html =
      `<a href="/sales/people/${id},NAME_SEARCH,kFrw">a</a>` +
      `<code>{"entityUrn":"urn:li:fs_salesProfile:(${id},NAME_SEARCH,kFrw)",` +
      `"viewerSalesUrn":"urn:li:fs_sales:(749383451,459463702,139291402)"}</code>`;
    const out = pseudonymise(html, { pairs: [] });
    expect(out).not.toContain('ACwAAAzkTNAB');
    expect(out).not.toContain('749383451');
    const ids = out.match(/ACwAA[\w-]+/g) ?? [];
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).toHaveLength(id.length);
    expect(out).toMatch(/urn:li:fs_sales:\(\d+,459463702,139291402\)/);
  });

  it('removes executable scripts, event handlers and javascript: URLs but keeps JSON', () => {
    const html =
      '<script>alert(1)</script><script src="x.js"></script>' +
      '<script type="application/ld+json">{"@type":"Person"}</script>' +
      '<script type="application/json" id="d">{"a":1}</script>' +
      '<img src="a.png" onerror="alert(1)" alt="x > y"><a href="javascript:alert(1)" onclick=go()>a</a>' +
      '<code style="display: none">{&quot;a&quot;:1}</code>';
    const out = removeExecutable(html);
    expect(out).not.toMatch(/alert|x\.js|onerror|onclick/);
    expect(out).toContain('<script type="application/ld+json">{"@type":"Person"}</script>');
    expect(out).toContain('<script type="application/json" id="d">{"a":1}</script>');
    expect(out).toContain('<img src="a.png" alt="x > y">');
    expect(out).toContain('<a href="#">a</a>');
    expect(out).toContain('<code style="display: none">{&quot;a&quot;:1}</code>');
  });
});

describe('pseudonymise keep list', () => {
  it('leaves service addresses the map keeps', () => {
    const out = pseudonymise('<b email="news@service.io"></b><b email="jo@real.io"></b>', {
      pairs: [],
      keep: ['news@service.io'],
    });
    expect(out).toContain('email="news@service.io"');
    expect(out).not.toContain('jo@real.io');
  });
});
