import { readFile, writeFile } from 'node:fs/promises';
import { runCli } from './coach';
import { quietOnClosedPipe, userPath } from './process-io';

quietOnClosedPipe();

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const code = await runCli(process.argv.slice(2), {
  readInput: (path) => (path === undefined ? readStdin() : readFile(userPath(path), 'utf8')),
  writeFile: (path, content) => writeFile(userPath(path), content, 'utf8'),
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
});
process.exitCode = code;
