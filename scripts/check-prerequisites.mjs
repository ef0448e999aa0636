// Run before the end-to-end tests and benchmarks: on a machine without Chromium or poppler-utils
// they would otherwise fail one by one with launch errors. Arguments narrow what is checked
// (`chromium`, `poppler`); without any, everything is.
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { findOnPath, missingPrerequisites, prerequisitesMessage } from './prerequisites.mjs';

const isExecutableFile = (file) => {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

const needs = process.argv.slice(2);
const unknown = needs.filter((need) => !['chromium', 'poppler'].includes(need));
if (unknown.length > 0) {
  console.error(`check-prerequisites: unknown ${unknown.join(', ')} (chromium, poppler)`);
  process.exit(2);
}
const missing = missingPrerequisites({
  env: process.env,
  exists: isExecutableFile,
  which: (command) =>
    findOnPath(command, {
      env: process.env,
      platform: process.platform,
      isFile: isExecutableFile,
      delimiter: path.delimiter,
      join: path.join,
    }),
  ...(needs.length > 0 ? { needs } : {}),
});
if (missing.length > 0) {
  console.error(`\n${prerequisitesMessage(missing)}\n`);
  process.exit(1);
}
