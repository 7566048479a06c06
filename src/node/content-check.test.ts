import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { checkContentRoot } from './read-content.ts';
import { checkContentRootInChild, serveContentCheck } from './content-check.ts';

test('the content check in a child process finds exactly what it finds on this thread', async () => {
  for (const fixture of ['clean', 'many-problems']) {
    const root = fileURLToPath(new URL(`../../tests/fixtures/lint/${fixture}`, import.meta.url));
    const expected = checkContentRoot(root).problems;
    assert.deepEqual(await checkContentRootInChild(root), expected, fixture);
    if (fixture === 'many-problems') assert.ok(expected.length > 5);
  }
});

test('a child build asks its parent for the check of its content root, and checks any other root itself', async () => {
  const served = fileURLToPath(new URL('../../tests/fixtures/lint/many-problems', import.meta.url));
  const other = fileURLToPath(new URL('../../tests/fixtures/lint/unknown-role', import.meta.url));
  const module = new URL('./content-check.ts', import.meta.url).href;
  for (const root of [served, other]) {
    const check = serveContentCheck(served);
    const child = spawn(process.execPath, ['--input-type=module', '-e', `const { contentProblems } = await import(${JSON.stringify(module)}); console.log(JSON.stringify(await contentProblems(${JSON.stringify(root)})));`], {
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
      env: { ...process.env, ...check.env },
    });
    const asked: string[] = [];
    child.on('message', (message: { contentCheck?: string }) => asked.push(String(message.contentCheck)));
    check.serve(child);
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    const status = await new Promise((resolve) => child.once('exit', resolve));
    assert.equal(status, 0, 'the child exits once it has its answer');
    assert.deepEqual(asked, [root]);
    assert.deepEqual(JSON.parse(output), checkContentRoot(root).problems, root);
  }
});
