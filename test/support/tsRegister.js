/**
 * Lets a child process run the TypeScript sources directly (`node -r test/support/tsRegister.js
 * src/index.ts`), for the tests that start the bot as a real process and kill it: each .ts file is
 * transpiled on load (no type-checking; `npm test` type-checks first), so no build is needed.
 */
const fs = require('node:fs');
const ts = require('typescript');

require.extensions['.ts'] = (module, filename) => {
  const output = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, sourceMap: false },
  });
  module._compile(output.outputText, filename);
};
