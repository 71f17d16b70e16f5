// Prints the given and family names of every locale of the npm package @faker-js/faker (MIT) as JSON:
// { "de_CH": { "first": [...], "last": [...] }, ... }. Input for NameLexiconBuilder (see Program.cs for the usage).
// The package is pinned in the repository's package.json (a test dependency, never shipped): pass the folder that holds
// its node_modules, the repository root after `npm ci`. NameLexiconTests runs this script too.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node faker-names.mjs FOLDER_WITH_NODE_MODULES');
  process.exit(2);
}

const faker = await import(pathToFileURL(join(folder, 'node_modules/@faker-js/faker/dist/index.js')).href);
const words = (definition) => {
  if (!definition) return [];
  const entries = Array.isArray(definition) ? definition : Object.values(definition).flat();
  return entries.flatMap((entry) => (typeof entry === 'string' ? [entry] : entry?.value ?? []));
};

const names = {};
for (const [key, value] of Object.entries(faker)) {
  const person = value?.rawDefinitions?.person;
  if (!key.startsWith('faker') || key === 'faker' || !person) continue;
  names[key.slice('faker'.length).replace(/^_/, '')] = { first: words(person.first_name), last: words(person.last_name) };
}

console.log(JSON.stringify(names));
