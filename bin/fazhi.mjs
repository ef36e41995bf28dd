#!/usr/bin/env node
// Entry point for `npx fazhi` and `npm start`: runs the TypeScript sources through tsx,
// so there is no separate server build to forget.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../server/cli.ts');
process.exitCode = await main(process.argv.slice(2));
