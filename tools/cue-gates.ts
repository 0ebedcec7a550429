/**
 * `npm run cue-gates`: writes analyzers/judgement/cue-gates.ts, the word gates
 * of every whole-post shape read off its source (word-gate.ts), so that the
 * first draft does not pay for reading a hundred expressions. Deterministic;
 * analyzers/judgement/word-gate.test.ts fails when the file is stale.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cueExpressions } from '../analyzers/judgement/cues';
import { gateKey, gateOf, type WordGate } from '../analyzers/judgement/word-gate';
import { ROOT } from './real-corpus';

export const CUE_GATES_FILE = join(ROOT, 'analyzers/judgement/cue-gates.ts');

/** Every shape expression's source, with its gate. */
export function cueGates(): Record<string, WordGate> {
  const out: Record<string, WordGate> = {};
  for (const re of cueExpressions()) out[gateKey(re)] = gateOf(re);
  return out;
}

/**
 * A string as a TypeScript literal, quoted the way prettier quotes it (double
 * quotes unless the text holds more of them than single ones), so that a
 * generated file passes the format check as written.
 */
export function stringLiteral(value: string): string {
  const doubles = value.split('"').length - 1;
  const singles = value.split("'").length - 1;
  if (doubles <= singles) return JSON.stringify(value);
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

export function cueGatesModule(): string {
  return `/**
 * The word gates of the whole-post shapes, keyed by expression (source/flags): written
 * by \`npm run cue-gates\` (do not edit by hand). A shape missing here has its
 * gate read at run time; a test fails when this file is stale.
 */
export const CUE_GATES: Readonly<Record<string, readonly (readonly string[])[]>> = JSON.parse(
  ${stringLiteral(JSON.stringify(cueGates()))},
);
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(CUE_GATES_FILE, cueGatesModule());
  console.log(`${Object.keys(cueGates()).length} gates -> ${CUE_GATES_FILE}`);
}
