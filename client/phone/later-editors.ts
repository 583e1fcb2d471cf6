// Today's editors (a chore, a group, an announcement, a shift) are not part of its first screen:
// they load right after it (later-parts.ts), or at the latest when "Add" or "Change" opens one.
// Until then the section shows nothing where the form goes, for the moment the file takes.

let loading: Promise<unknown> | undefined;

/** Fetches every editor of Today's sections once; a failed fetch is tried again next time. */
export function loadEditors(): Promise<unknown> {
  loading ??= Promise.all([
    import('./chore-form.ts'),
    import('./group-form.ts'),
    import('./announcement-form.ts'),
    import('./shift-form.ts'),
  ]).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
