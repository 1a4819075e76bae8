/**
 * Import boundaries of the server (`npm run lint` runs `depcruise server/src --config .dependency-cruiser.cjs`).
 *
 * - no import cycles (type-only imports count too: tsPreCompilationDeps);
 * - core never imports a module: modules plug into core, core loops over their manifests;
 * - a module reaches another module only through that module's `index.ts`;
 * - every import resolves.
 *
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles make load order fragile (decorated classes read as undefined) and blur who depends on whom. Break the cycle.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-imports-no-modules',
      severity: 'error',
      comment: 'server/src/core is the framework the modules plug into; it must not know any module. Move the shared part into core, or pass it in through the module manifest.',
      from: { path: '^server/src/core/' },
      to: { path: '^server/src/modules/' },
    },
    {
      name: 'modules-only-through-index',
      severity: 'error',
      comment: "A module may use another module only through that module's index.ts (its public surface), never a file inside it.",
      from: { path: '^server/src/modules/([^/]+)/' },
      to: {
        path: '^server/src/modules/[^/]+/',
        pathNot: ['^server/src/modules/$1/', '^server/src/modules/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'This import does not resolve to a file or an installed package: a typo, a moved file, or a missing dependency in package.json.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // Node's own modules and packages are leaves: what they import is not our concern.
    doNotFollow: { path: ['node_modules'] },
    exclude: { path: ['(^|/)dist/'] },
    // Count `import type` and other imports the TypeScript compiler would drop, so type-only cycles show too.
    tsPreCompilationDeps: true,
    // Absolute: with a relative name, depcruise resolves the tsconfig's own `extends` from the wrong folder.
    tsConfig: { fileName: require('node:path').join(__dirname, 'server', 'tsconfig.json') },
    enhancedResolveOptions: {
      // The server is compiled to CommonJS and runs on Node.
      exportsFields: ['exports'],
      conditionNames: ['require', 'node', 'default', 'types'],
      extensions: ['.ts', '.d.ts', '.js', '.json'],
      mainFields: ['main', 'types', 'typings'],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
