import { strict as assert } from 'node:assert';
import { html, htmlWithCode, join, pageStart, raw, xml } from '../../server/src/markup/html';

describe('the html tagged template escapes every interpolation unless marked', () => {
  it('escapes text, attributes, numbers and lists; keeps nested html and raw markup', () => {
    const value = '"><img src=x onerror=alert(1)>&';
    const items = ['<a>', 'b'];
    const out = html`<p title="${value}">${value} ${3} ${items.map((i) => html`<li>${i}</li>`)} ${raw('<br>')} ${undefined}${false}</p>`;
    assert.equal(String(out), '<p title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&amp;">&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&amp; 3 <li>&lt;a&gt;</li><li>b</li> <br> </p>');
  });

  it('escapes a plain string list item and drops characters XML cannot carry', () => {
    assert.equal(String(html`${['<x>', '\u0001y']}`), '&lt;x&gt;y');
  });
});

describe('the xml tagged template, its sibling for JUnit', () => {
  it("escapes as XML does: `&apos;`, and tabs and line breaks as references that survive in attributes", () => {
    const value = `a&b<c>"d"'e'\tf\ng\rh\u0000`;
    assert.equal(String(xml`<x y="${value}">${value}</x>`), `<x y="${'a&amp;b&lt;c&gt;&quot;d&quot;&apos;e&apos;&#9;f&#10;g&#13;h'}">a&amp;b&lt;c&gt;&quot;d&quot;&apos;e&apos;&#9;f&#10;g&#13;h</x>`);
  });

  it('keeps xml markup nested in it', () => {
    assert.equal(String(xml`<a>${xml`<b>${'&'}</b>`}</a>`), '<a><b>&amp;</b></a>');
  });
});

describe('markup helpers built on the template', () => {
  it('join puts the separator between markup items and nothing else', () => {
    assert.equal(String(join([html`<a>${'<'}</a>`, html`<b/>`], '\n')), '<a>&lt;</a>\n<b/>');
    assert.equal(String(join([], '\n')), '');
  });

  it('htmlWithCode turns code spans into <code> and escapes inside and outside them', () => {
    assert.equal(String(htmlWithCode('Set `a<b>` & go `x`')), 'Set <code>a&lt;b&gt;</code> &amp; go <code>x</code>');
  });

  it('pageStart escapes the title, language and generator but writes the policy and style as the tool wrote them', () => {
    const head = String(pageStart({ lang: 'nl"', title: '<t>', csp: "default-src 'none'", style: 'a > b {}', generator: `g'`, noReferrer: true }));
    assert.equal(
      head,
      [
        '<!DOCTYPE html>',
        '<html lang="nl&quot;">',
        '<head>',
        '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="g&#39;">',
        '<meta name="referrer" content="no-referrer">',
        '<title>&lt;t&gt;</title>',
        '<style>a > b {}</style>',
        '</head>',
        '<body>',
      ].join('\n'),
    );
  });
});
