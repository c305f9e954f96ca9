// `npm run count:assertions`: how many non-null assertions (`x!`) and type
// assertions (`x as T`, `<T>x`) remain in each folder of src/, read from the
// TypeScript syntax tree so that a `!` in a string or a `!==` never counts.
// `as const` is not counted: it narrows a literal and asserts nothing.
//
// Options: --list (each remaining assertion as file:line, with its text),
// --json (the figures as JSON, for comparing two runs).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ts = require('typescript');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const args = process.argv.slice(2);
const list = args.includes('--list');
const asJson = args.includes('--json');

/** Every .ts file under `dir`, sorted so that runs compare line by line. */
function sourceFiles(dir) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) files.push(path);
  }
  return files.sort();
}

/** Whether `node` is `x as const` (or `<const>x`), which asserts nothing. */
function isConstAssertion(node) {
  const type = node.type;
  return ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) && type.typeName.text === 'const';
}

/** The assertions in one file: `{ kind: 'non-null' | 'type', line, text }`. */
function assertionsIn(path) {
  const text = readFileSync(path, 'utf8');
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found = [];
  const visit = (node) => {
    let kind;
    if (node.kind === ts.SyntaxKind.NonNullExpression) kind = 'non-null';
    else if (
      (node.kind === ts.SyntaxKind.AsExpression || node.kind === ts.SyntaxKind.TypeAssertionExpression) &&
      !isConstAssertion(node)
    ) {
      kind = 'type';
    }
    if (kind) {
      const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
      const snippet = node.getText(file).replace(/\s+/g, ' ');
      found.push({ kind, line, text: snippet.length > 80 ? `${snippet.slice(0, 77)}...` : snippet });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const folders = new Map();
const listed = [];
for (const path of sourceFiles(src)) {
  const rel = relative(root, path).split(sep).join('/');
  const folder = dirname(rel);
  const counts = folders.get(folder) ?? { nonNull: 0, type: 0 };
  folders.set(folder, counts);
  for (const found of assertionsIn(path)) {
    if (found.kind === 'non-null') counts.nonNull += 1;
    else counts.type += 1;
    listed.push({ file: rel, ...found });
  }
}

const total = { nonNull: 0, type: 0 };
for (const counts of folders.values()) {
  total.nonNull += counts.nonNull;
  total.type += counts.type;
}

if (asJson) {
  const result = { folders: Object.fromEntries(folders), total };
  if (list) result.assertions = listed;
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} else {
  const width = Math.max(...[...folders.keys()].map((folder) => folder.length), 'total'.length);
  process.stdout.write(`${'folder'.padEnd(width)}  non-null  type\n`);
  for (const [folder, counts] of folders) {
    if (counts.nonNull === 0 && counts.type === 0) continue;
    process.stdout.write(`${folder.padEnd(width)}  ${String(counts.nonNull).padStart(8)}  ${String(counts.type).padStart(4)}\n`);
  }
  process.stdout.write(`${'total'.padEnd(width)}  ${String(total.nonNull).padStart(8)}  ${String(total.type).padStart(4)}\n`);
  if (list) {
    process.stdout.write('\n');
    for (const found of listed) {
      process.stdout.write(`${found.file}:${found.line}  ${found.kind === 'non-null' ? '!' : 'as'}  ${found.text}\n`);
    }
  }
}
