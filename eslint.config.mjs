// typescript-eslint with type information; the core is kept pure by an import restriction.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'bench/results/**', '.vscode-test/**'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // `xs.push(...items)` and `Math.max(...values)` overflow the stack past ~10⁵ items (it crashed
      // the CLI and the server on one file); use `append` / `largest` from server/src/core/append.ts.
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name=/^(push|unshift|splice)$/] > SpreadElement", message: 'Spreading into push() overflows the stack for large arrays: use append() (server/src/core/append.ts).' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name=/^(max|min)$/] > SpreadElement", message: 'Math.max/min(...xs) overflows the stack for large arrays: use largest() (server/src/core/append.ts).' },
      ],
    },
  },
  {
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['vscode', 'vscode-*', 'node:*', 'fs', 'path', 'child_process', 'os', '../cli/*', '../lsp/*', '../../cli/*', '../../lsp/*'], message: 'The core is pure: strings in, data out. Do I/O in the shells (cli/, lsp/).' },
          ],
        },
      ],
    },
  },
  {
    // The shells and the client see the core through its public API only, so its modules can change freely.
    files: ['server/src/**/*.ts', 'client/src/**/*.ts'],
    ignores: ['server/src/core/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/core/*'], message: 'Import the core from core/index.ts (`../core`): it is the public API.' }] }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-floating-promises': 'off' },
  },
);
