// ESLint: typescript-eslint's recommended rules everywhere, and the engine's boundary: it imports
// neither VS Code, nor the language server library, nor any Node.js module (ARCHITECTURE.md: the
// engine is pure, so the CLI, the server and a web build can all use it).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const PURE_ENGINE =
  'The engine is pure: no VS Code, language server or Node.js module. Take what it needs as an argument (text, configuration, a FileReader).';

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', 'test-results/', '.vscode-test/', 'test/fixtures/', 'server/src/engine/data/configValidator.js'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // `flagged ? scores.tp++ : scores.fn++` reads as the tally it is.
      '@typescript-eslint/no-unused-expressions': ['error', { allowTernary: true, allowShortCircuit: true }],
    },
  },
  { files: ['*.mjs'], languageOptions: { globals: globals.node } },
  // The preview's script runs in the webview: a browser page with VS Code's acquireVsCodeApi.
  { files: ['media/**/*.js'], languageOptions: { sourceType: 'script', globals: { ...globals.browser, acquireVsCodeApi: 'readonly' } } },
  {
    files: ['server/src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: builtinModules.map((name) => ({ name, message: PURE_ENGINE })),
          patterns: [
            {
              group: [
                'node:*',
                'vscode',
                'vscode-languageserver',
                'vscode-languageserver/*',
                'vscode-languageserver-*',
                'vscode-languageclient',
                'vscode-languageclient/*',
              ],
              message: PURE_ENGINE,
            },
          ],
        },
      ],
    },
  },
);
