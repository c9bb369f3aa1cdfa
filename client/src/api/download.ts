// Files the user saves: one way to hand bytes to the browser as a download, and the Bearer token for the file
// endpoints (evidence, Excel), which a plain link cannot carry.
import { GqlError, tokenStore } from './client';

/** The Authorization header of the logged-in user, for requests outside GraphQL. */
export function authHeaders(): Record<string, string> {
  const token = tokenStore.get();
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** Hands a blob to the browser as a download named fileName. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // the browser has started reading the blob by then; revoking at once can cut a large file short
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** GETs a file with the Bearer token and saves it; a refusal is a GqlError with the code of its HTTP status. */
export async function downloadWithToken(url: string, fileName: string): Promise<void> {
  const res = await fetch(url, { headers: authHeaders() });
  if (!res.ok) throw new GqlError(`HTTP ${res.status}`, res.status === 403 ? 'FORBIDDEN' : res.status === 404 ? 'NOT_FOUND' : 'INTERNAL_SERVER_ERROR');
  saveBlob(await res.blob(), fileName);
}
