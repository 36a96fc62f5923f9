import { strict as assert } from 'node:assert';
import { html, raw } from '../../server/src/markup/html';

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
