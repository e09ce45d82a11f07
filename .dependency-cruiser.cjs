// Module boundaries of Silta (docs/ARCHITECTURE.md). `npm run check` fails on any violation.
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Import cycles make modules impossible to reason about one at a time.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'core-is-pure',
      comment:
        'src/core is framework-free domain logic shared by server and web: no I/O, no server or web code.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: {
        path: '^src/(server|web|cli)/|node_modules/(fastify|@fastify|kysely|pg|better-sqlite3|react|react-dom|@mantine|nodemailer)/',
      },
    },
    {
      name: 'core-has-no-node-io',
      severity: 'error',
      from: { path: '^src/core/', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'web-is-not-server',
      comment: 'The browser app talks to the server over HTTP only.',
      severity: 'error',
      from: { path: '^src/web/' },
      to: { path: '^src/(server|cli)/' },
    },
    {
      name: 'web-has-no-node',
      comment: 'Browser code has no Node built-ins (tests, which run in Node, may read files).',
      severity: 'error',
      from: { path: '^src/web/', pathNot: '\\.test\\.tsx?$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'server-is-not-web',
      severity: 'error',
      from: { path: '^src/(server|cli)/' },
      to: { path: '^src/web/' },
    },
    {
      name: 'no-gpl-in-src',
      comment: 'tournament-pairings is GPL-3.0: Silta (MIT) may compare against it in bench/, never ship it.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: 'node_modules/tournament-pairings/' },
    },
    {
      name: 'sql-only-in-repositories',
      comment: 'Only <m>.repository.ts touches Kysely inside a module.',
      severity: 'error',
      from: { path: '^src/server/modules/', pathNot: '\\.(repository|test)\\.ts$' },
      to: { path: 'node_modules/kysely/' },
    },
    {
      name: 'modules-talk-through-services',
      comment: "A module uses another module's service and schema, never its repository, routes or tables.",
      severity: 'error',
      from: { path: '^src/server/modules/([^/]+)/' },
      to: {
        path: '^src/server/modules/',
        pathNot: ['^src/server/modules/$1/', '\\.(service|schema)\\.ts$'],
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^dist/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
