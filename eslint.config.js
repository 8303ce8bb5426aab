// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Dependency boundaries (ARCHITECTURE.md): everything that decides anything runs in plain Node, so
 * services, devices, sync, db and shared may not import Electron, React or the DOM. Only
 * electron/main and electron/preload touch Electron; only renderer/ touches React.
 */
export const coreBoundary = {
  files: [
    'electron/services/**',
    'electron/devices/**',
    'electron/sync/**',
    'electron/host/**',
    'db/**',
    'shared/**',
  ],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [
          {
            name: 'electron',
            message:
              'The core runs in plain Node: only electron/main and electron/preload may import electron.',
          },
          { name: 'react', message: 'React belongs in renderer/.' },
          { name: 'react-dom', message: 'React belongs in renderer/.' },
        ],
        patterns: [
          {
            group: ['react-dom/*', '@mantine/*', 'react-i18next'],
            message: 'UI libraries belong in renderer/.',
          },
          {
            group: ['**/renderer/**', '**/electron/main/**', '**/electron/preload/**'],
            message: 'The core may not depend on the UI or the Electron shell.',
          },
        ],
      },
    ],
    'no-restricted-globals': [
      'error',
      { name: 'window', message: 'No DOM in the core.' },
      { name: 'document', message: 'No DOM in the core.' },
      { name: 'localStorage', message: 'No DOM in the core.' },
    ],
  },
};

/** shared/ runs in the renderer too: no Node built-ins, no Buffer. */
const sharedBoundary = {
  files: ['shared/**'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [{ name: 'electron', message: 'shared/ runs everywhere: no Electron.' }, 'react', 'react-dom'],
        patterns: [
          { group: ['node:*'], message: 'shared/ also runs in the renderer: no Node built-ins.' },
          {
            group: ['**/electron/**', '**/db/**', '**/renderer/**'],
            message: 'shared/ depends on nothing of the app.',
          },
        ],
      },
    ],
    'no-restricted-globals': [
      'error',
      { name: 'window', message: 'No DOM in shared/.' },
      { name: 'document', message: 'No DOM in shared/.' },
      { name: 'Buffer', message: 'shared/ also runs in the renderer: use Uint8Array.' },
      { name: 'process', message: 'shared/ also runs in the renderer.' },
    ],
  },
};

/** The renderer reaches the app only through the typed API client: never Node or Electron. */
const rendererBoundary = {
  files: ['renderer/**'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [{ name: 'electron', message: 'The renderer talks to the app through window.kiosk only.' }],
        patterns: [
          { group: ['node:*'], message: 'No Node APIs in the renderer.' },
          {
            group: ['**/electron/**', '**/db/**'],
            message: 'The renderer reaches the app only through the API contract.',
          },
          {
            // They bring pdfmake: letters are made by the core or the server and downloaded.
            group: ['**/shared/requests/requestLetters', '**/shared/documents/letterPdf'],
            message: 'Letters are made in Node (the core or the server), not in the renderer.',
          },
        ],
      },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'test/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Lazy `typeof import('node-hid')` annotations keep native modules out of core and tests.
      '@typescript-eslint/consistent-type-imports': ['error', { disallowTypeAnnotations: false }],
      'no-console': 'off',
    },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  coreBoundary,
  sharedBoundary,
  {
    // shared/documents makes PDFs and workbooks in Node only (the kiosk's core and the server); the
    // renderer may import its pure format.ts, nothing else of it.
    files: ['shared/documents/**'],
    rules: { 'no-restricted-imports': 'off', 'no-restricted-globals': 'off' },
  },
  rendererBoundary,
  {
    // The core logs through its logger (levels, personal data redacted), never the console.
    files: ['electron/**', 'db/**', 'shared/**'],
    rules: { 'no-console': 'error' },
  },
  {
    files: ['test/**', 'bench/**'],
    rules: { 'no-restricted-globals': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
