// @ts-check
import { defineConfig } from 'eslint/config';
import eslintPluginAstro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Data must never become markup: DOM is built with textContent / createElement (strict CSP, no injection). */
const noHtmlFromData = [
  {
    selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
    message: 'Build DOM with textContent/createElement, never innerHTML/outerHTML.',
  },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Build DOM with textContent/createElement, never insertAdjacentHTML.' },
  { selector: "CallExpression[callee.property.name='write'][callee.object.name='document']", message: 'No document.write.' },
];

export default defineConfig(
  { ignores: ['dist/', 'dist-base/', '.astro/', 'node_modules/', 'content/plans/', 'test/fixtures/'] },
  ...tseslint.configs.recommended,
  ...eslintPluginAstro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  { files: ['src/client/**/*.ts', 'src/**/*.astro'], rules: { 'no-restricted-syntax': ['error', ...noHtmlFromData] } },
  {
    // Browser code runs in the reader's browser: no Node built-ins, no YAML reader, no build-side
    // model or converter (contracts shared with the build live in src/contracts/).
    files: ['src/client/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'Browser code cannot use Node built-ins.' },
            { group: ['yaml'], message: 'Editorial YAML is read at build time; pass the data to the page.' },
            { group: ['**/model/*', '**/converter/*'], message: 'Browser code takes contracts from src/contracts/, never the build-side model or converter.' },
          ],
        },
      ],
    },
  },
);
