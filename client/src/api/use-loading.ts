// What a page shows while it reads: whether a read is under way and, when one failed, why (in the page's words).
import { ref } from 'vue';

export interface LoadingOptions {
  /** `loading` before the first read: `true` for a page that shows "loading" from its first paint. */
  initially?: boolean;
  /** Keep the last error on show while the next read runs; it goes when a read succeeds. */
  keepError?: boolean;
}

/**
 * `run(read)`: marks the page loading, clears the last error, runs the read, and keeps its error as `errorText` says
 * (an `errorText` that reports elsewhere, e.g. a toast, returns ''). What an earlier read put on the page stays there
 * while the next one runs: the read replaces it when it succeeds.
 */
export function useLoading(errorText: (e: unknown) => string, options: LoadingOptions = {}) {
  const loading = ref(options.initially ?? false);
  const error = ref('');
  async function run(read: () => Promise<void>): Promise<void> {
    loading.value = true;
    if (!options.keepError) error.value = '';
    try {
      await read();
      if (options.keepError) error.value = '';
    } catch (e) {
      error.value = errorText(e);
    } finally {
      loading.value = false;
    }
  }
  return { loading, error, run };
}
