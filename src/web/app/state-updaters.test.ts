import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const webRoot = path.resolve(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.includes('.test.') ? [full] : [];
  });
}

/**
 * Where a function handed to a `set…(…)` call (a state updater, or setSearchParams' function form)
 * reads `.currentTarget` or `.target`: React runs updaters later, after it has cleared the event's
 * `currentTarget`, and the page goes blank. The value has to be read in the handler itself.
 */
function eventReadsInUpdaters(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visitUpdater = (node: ts.Node) => {
    if (
      ts.isPropertyAccessExpression(node) &&
      (node.name.text === 'currentTarget' || node.name.text === 'target')
    ) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${path.relative(webRoot, fileName)}:${line + 1}: ${node.getText()}`);
    }
    ts.forEachChild(node, visitUpdater);
  };
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee)
          ? callee.name.text
          : '';
      const first = node.arguments[0];
      if (/^set[A-Z]/.test(name) && first && (ts.isArrowFunction(first) || ts.isFunctionExpression(first)))
        visitUpdater(first.body);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('state updaters', () => {
  it('never read the event inside an updater, in any web source', () => {
    const found = sourceFiles(webRoot).flatMap((file) =>
      eventReadsInUpdaters(file, readFileSync(file, 'utf8')),
    );
    expect(found).toEqual([]);
  });

  it('catches the youth profile’s old level picker, and lets a value read beforehand pass', () => {
    const broken = `<NativeSelect onChange={(event) =>
      setLearning((current) => ({ ...current, [code]: event.currentTarget.value }))} />`;
    const fixed = `<NativeSelect onChange={(event) => {
      const level = event.currentTarget.value;
      setLearning((current) => ({ ...current, [code]: level }));
    }} />`;
    expect(eventReadsInUpdaters(path.join(webRoot, 'x.tsx'), broken)).toEqual([
      'x.tsx:2: event.currentTarget',
    ]);
    expect(eventReadsInUpdaters(path.join(webRoot, 'x.tsx'), fixed)).toEqual([]);
  });
});
