// What a page shows while it reads: whether a read is under way and, when one failed, why (in the page's words).
import { ref } from 'vue';

/** `run(read)`: marks the page loading, clears the last error, runs the read, and keeps its error as `errorText` says. */
export function useLoading(errorText: (e: unknown) => string) {
  const loading = ref(false);
  const error = ref('');
  async function run(read: () => Promise<void>): Promise<void> {
    loading.value = true;
    error.value = '';
    try {
      await read();
    } catch (e) {
      error.value = errorText(e);
    } finally {
      loading.value = false;
    }
  }
  return { loading, error, run };
}
