import { describe, expect, it } from 'vitest';
import { CUE_GATES } from '../analyzers/judgement/cue-gates';
import { cueGates } from './cue-gates';

describe('the word gates written ahead (analyzers/judgement/cue-gates.ts)', () => {
  it('are those read off the shapes as they are now (run `npm run cue-gates` after changing a shape)', () => {
    expect(CUE_GATES).toEqual(cueGates());
  });
});
