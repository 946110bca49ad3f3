/**
 * Vitest exports Vite's import.meta.env into process.env (BASE_URL=/, MODE=test, NODE_ENV=test …);
 * a child build must not inherit them or it would link everything to the domain root.
 */
const INHERITED_BUT_WRONG = /^(VITEST|VITE_)|^(TEST|NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR)$/;

/** This process's environment without Vite's and Vitest's variables, with `extra` set (undefined deletes). */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  for (const key of Object.keys(env)) {
    if (INHERITED_BUT_WRONG.test(key)) delete env[key];
  }
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}
