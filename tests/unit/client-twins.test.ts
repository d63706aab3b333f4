// A browser stand-in (X.client.svelte) is hydrated over what X.svelte rendered on the server, with the
// same props from the same parent: if their props drift apart, the page breaks only in the browser.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { twinOf } from '../../scripts/clientTwins';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );

/** Each prop the component's `$props()` is typed with: its name, whether optional, and its type. */
function propsOf(svelteSource: string): string[] {
  const script = /<script(?![^>]*module)[^>]*>([\s\S]*?)<\/script>/.exec(svelteSource)?.[1] ?? '';
  const file = ts.createSourceFile('c.ts', script, ts.ScriptTarget.Latest, true);
  let typeNode: ts.TypeNode | undefined;
  const interfaces = new Map<string, ts.InterfaceDeclaration>();
  const visit = (node: ts.Node) => {
    if (ts.isInterfaceDeclaration(node)) interfaces.set(node.name.text, node);
    if (
      ts.isVariableDeclaration(node) &&
      node.initializer &&
      ts.isCallExpression(node.initializer) &&
      node.initializer.expression.getText(file) === '$props'
    )
      typeNode = node.type;
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (!typeNode) return [];
  const members = ts.isTypeLiteralNode(typeNode)
    ? typeNode.members
    : ts.isTypeReferenceNode(typeNode)
      ? (interfaces.get(typeNode.typeName.getText(file))?.members ?? ts.factory.createNodeArray())
      : ts.factory.createNodeArray();
  return members
    .filter(ts.isPropertySignature)
    .map(
      (m) =>
        `${m.name.getText(file)}${m.questionToken ? '?' : ''}: ${m.type?.getText(file).replace(/\s+/g, ' ')}`,
    )
    .sort();
}

const twins = files('src').filter((f) => f.endsWith('.client.svelte'));

describe('server components and their browser stand-ins', () => {
  it('reads a component’s props from an inline type or its Props interface', () => {
    expect(propsOf('<script lang="ts">let { a }: { a: number; b?: string } = $props();</script>')).toEqual([
      'a: number',
      'b?: string',
    ]);
    expect(
      propsOf('<script lang="ts">interface Props { x: Foo[] }\nlet { x }: Props = $props();</script>'),
    ).toEqual(['x: Foo[]']);
  });

  it('exist, each beside the component it stands in for', () => {
    expect(twins.length).toBeGreaterThan(0);
    for (const twin of twins) expect(twinOf(twin.replace(/\.client\.svelte$/, '.svelte'))).toBe(twin);
  });

  it.each(twins)('%s takes the same props as its server component', (twin) => {
    const server = twin.replace(/\.client\.svelte$/, '.svelte');
    const [a, b] = [server, twin].map((f) => propsOf(readFileSync(f, 'utf8')));
    expect(a.length).toBeGreaterThan(0);
    expect(b).toEqual(a);
  });
});
