// Refuses to start on a Node older than the build tools and the server need (package.json
// `engines`: ^20.19.0 || >=22.12.0), with one line that says what to do. Imported first by
// server/main.ts, so it runs before any other module is loaded.

/** The sentence to stop with on this Node version, or undefined when it will do. */
export function nodeVersionProblem(version: string): string | undefined {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  const fits = (major === 20 && minor >= 19) || (major === 22 && minor >= 12) || major >= 23;
  if (fits) return undefined;
  return `houseboard: this is Node ${version}; Houseboard needs Node 20.19 or newer (20.19+, or 22.12+). See .nvmrc and the README.`;
}

const problem = nodeVersionProblem(process.version);
if (problem) {
  console.error(problem);
  process.exit(1);
}
