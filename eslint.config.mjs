// ESLint holds the architecture's import rules (see shared ARCHITECTURE.md, "What may import what").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const frameworks = ['botbuilder', 'botbuilder-*', 'restify', 'restify-*', 'drizzle-orm', 'drizzle-orm/*', 'better-sqlite3', 'node-cron', 'adaptivecards-templating', 'i18next'];
const outer = ['**/db', '**/db/*', '**/dialogs', '**/dialogs/*', '**/cards', '**/cards/*', '**/bot', '**/bot/*', '**/config'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'data/**', 'coverage/**', 'db/migrations/**', 'test-artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', __dirname: 'readonly', module: 'writable', require: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: "MemberExpression[object.name='process'][property.name='env']", message: 'Only src/config.ts reads process.env.' }],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: frameworks, message: 'The domain imports no framework.' },
        { group: outer, message: 'The domain imports nothing outside src/domain.' },
      ] }],
    },
  },
  {
    files: ['src/nlu/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['botbuilder', 'botbuilder-*', 'restify', 'drizzle-orm', 'drizzle-orm/*', 'better-sqlite3', 'node-cron'], message: 'Understanding stays framework-free.' },
        { group: ['**/db', '**/db/*', '**/dialogs', '**/dialogs/*', '**/cards', '**/cards/*'], message: 'Understanding imports no outer folder.' },
      ] }],
    },
  },
  {
    files: ['dialogs/**/*.ts', 'src/bot/**/*.ts', 'src/server.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'botbuilder-dialogs', message: 'Import it through dialogs/dialogLibrary.ts: its index loads every prompt and recognizer at start.' }],
        patterns: [
          { group: ['**/db', '**/db/*', 'drizzle-orm', 'drizzle-orm/*', 'better-sqlite3'], message: 'Dialogs and the bot reach data only through the domain service.' },
          { group: ['adaptivecards-templating'], message: 'Only the card renderer imports the templating library.' },
        ],
      }],
    },
  },
  {
    files: ['dialogs/dialogLibrary.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The agents' back office: pages over the domain service, like the account pages.
    files: ['src/agents/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/db', '**/db/*', 'drizzle-orm', 'drizzle-orm/*', 'better-sqlite3', 'pg'], message: 'The back office reaches data only through the domain service.' },
        { group: ['botbuilder', 'botbuilder-*', '**/dialogs', '**/dialogs/*', '**/cards', '**/cards/*', '**/bot', '**/bot/*'], message: 'The back office knows nothing of the bot.' },
      ] }],
    },
  },
  {
    files: ['db/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['botbuilder', 'botbuilder-*', 'restify', '**/dialogs', '**/dialogs/*', '**/cards', '**/cards/*', '**/bot/*'], message: 'The store knows nothing of the bot.' },
      ] }],
    },
  },
  {
    files: ['src/config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['test/**/*.ts'],
    rules: { 'no-restricted-syntax': 'off', 'no-restricted-imports': 'off' },
  },
  {
    // The chat page's scripts run in the resident's browser.
    files: ['public/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { window: 'readonly', document: 'readonly', fetch: 'readonly', URL: 'readonly' } },
  },
  {
    // Plain Node scripts run before anything is compiled.
    files: ['scripts/**/*.js', 'jest.config.js', 'test/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The test run's own configuration reads the environment (TEST_STORE, REQUIRE_POSTGRES).
    files: ['jest.config.js', 'test/**/*.js'],
    languageOptions: { globals: { URL: 'readonly' } },
    rules: { 'no-restricted-syntax': 'off' },
  },
);
