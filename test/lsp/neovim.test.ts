import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, ROOT } from '../support/paths';
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

  it('the README recipe for Neovim 0.7 works as written, with its Dutch setting', function () {
    this.timeout(60000);
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const recipe = /\*\*Neovim 0\.7\*\*[^\n]*\n\n```lua\n([\s\S]*?)```/.exec(readme)?.[1];
    assert.ok(recipe, 'README.md has no Neovim 0.7 recipe');
    const npx = "{ 'npx', 'intervention-lint', 'server', '--stdio' }";
    assert.ok(recipe.includes(npx), 'the recipe starts the server with npx');
    // The one change: this checkout's CLI instead of the published package.
    const local = recipe.replace(npx, `{ ${JSON.stringify(process.execPath)}, ${JSON.stringify(CLI)}, 'server', '--stdio' }`);
    const text = completeSample().replace(/^ {2}sessions: .*$/m, '  sessions: 40');
    const root = makeWorkspace({ 'a.intervention.yaml': text, '.intervention-lint.yaml': 'rules: {}\n' });
    const out = join(root, 'diagnostics.json');
    writeFileSync(join(root, 'init.lua'), local);
    const check = join(root, 'check.lua');
    writeFileSync(
      check,
      `
vim.cmd('edit ' .. ${JSON.stringify(join(root, 'a.intervention.yaml'))})
local ok = vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 and vim.diagnostic.get(0)[1].message:find('sessies') ~= nil end, 50)
local items = {}
for _, d in ipairs(vim.diagnostic.get(0)) do table.insert(items, { lnum = d.lnum, message = d.message }) end
local clients = {}
for _, c in pairs(vim.lsp.get_active_clients()) do table.insert(clients, { name = c.name, root = c.config.root_dir }) end
local f = io.open(${JSON.stringify(out)}, 'w')
f:write(vim.fn.json_encode({ ok = ok, items = items, clients = clients }))
f:close()
vim.cmd('qa!')
`,
    );
    const run = spawnSync('nvim', ['--headless', '-u', join(root, 'init.lua'), '-c', `luafile ${check}`], { encoding: 'utf8', timeout: 50000 });
    assert.ok(existsSync(out), `Neovim wrote no result: ${run.stdout}${run.stderr}`);
    const result = JSON.parse(readFileSync(out, 'utf8')) as { ok: boolean; items: { lnum: number; message: string }[]; clients: { name: string; root: string }[] };
    assert.deepEqual(result.clients, [{ name: 'intervention-lint', root }], 'one client, rooted at the folder with .intervention-lint.yaml');
    const line = text.split('\n').findIndex((l) => l.startsWith('  sessions: 40'));
    assert.deepEqual(result.items.map((d) => d.lnum), [line]);
    assert.match(result.items[0]!.message, /^40 sessies vallen buiten het bereik/, 'the Dutch message: the setting reached the server');
  });
});
