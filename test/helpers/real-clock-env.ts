// The environment for a program the tests start that cannot run on a moved clock. In the CI runs
// with the clock moved (faketime, preloaded through LD_PRELOAD), Chromium takes half a minute to
// open a page and redis-server stops at its first clock reading ("recursive calls to
// clock_gettime"): both run on the real clock instead, and only what the house reads is moved.
export function realClockEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'LD_PRELOAD' && !key.startsWith('FAKETIME')) {
      env[key] = value;
    }
  }
  return env;
}
