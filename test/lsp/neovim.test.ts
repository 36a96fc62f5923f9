import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI } from '../support/paths';
import { completeSample } from '../support/samples';
import { makeWorkspace } from '../support/workspace';

/** Neovim 0.7's built-in client, headless: a second, independent LSP client. */
describe('language server in Neovim (headless)', () => {
  it('Neovim receives the diagnostics of an opened description', function () {
    this.timeout(60000);
    const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
    assert.equal(nvim.error, undefined, 'Neovim is missing: install Debian\'s `neovim` (apt-get install -y neovim); .ci/run does this');
    const text = completeSample().replace(/^ {2}sessions: .*$/m, '  sessions: 40');
    const root = makeWorkspace({ 'a.intervention.yaml': text });
    const out = join(root, 'diagnostics.json');
    const script = join(root, 'check.lua');
    writeFileSync(
      script,
      `
local out = ${JSON.stringify(out)}
local id = vim.lsp.start_client({
  name = 'intervention-lint',
  cmd = { ${JSON.stringify(process.execPath)}, ${JSON.stringify(CLI)}, 'server', '--stdio' },
  root_dir = ${JSON.stringify(root)},
})
vim.cmd('edit ' .. ${JSON.stringify(join(root, 'a.intervention.yaml'))})
vim.lsp.buf_attach_client(0, id)
local ok = vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 50)
local items = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  table.insert(items, { lnum = d.lnum, col = d.col, code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code), message = d.message })
end
local f = io.open(out, 'w')
f:write(vim.fn.json_encode({ ok = ok, items = items }))
f:close()
vim.cmd('qa!')
`,
    );
    const run = spawnSync('nvim', ['--headless', '-u', 'NONE', '-c', `luafile ${script}`], { encoding: 'utf8', timeout: 50000 });
    assert.ok(existsSync(out), `Neovim wrote no result: ${run.stdout}${run.stderr}`);
    const result = JSON.parse(readFileSync(out, 'utf8')) as { ok: boolean; items: { lnum: number; col: number; code: string; message: string }[] };
    assert.equal(result.ok, true);
    const line = text.split('\n').findIndex((l) => l.startsWith('  sessions: 40'));
    assert.deepEqual(result.items.map((d) => [d.lnum, d.col, d.code]), [[line, 12, 'sessions-outside-effective-range']]);
  });
});
