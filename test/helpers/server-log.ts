// The server's log as a test reads it: one JSON object per line of its output, from the first.
export type LogEntry = Record<string, unknown> & { level: number; msg: string; time: number };

/** Every JSON line of `output`, in order; lines that are not JSON (stderr's one line) are left out. */
export function logEntries(output: string): LogEntry[] {
  return output.split('\n').flatMap((line) => {
    if (!line.startsWith('{')) return [];
    try {
      return [JSON.parse(line) as LogEntry];
    } catch {
      return [];
    }
  });
}

/** The first entry whose message starts with `words`, if any. */
export function logEntry(output: string, words: string): LogEntry | undefined {
  return logEntries(output).find((entry) => entry.msg.startsWith(words));
}
