/** Whether this process is stopping: /readyz then answers 503 so a load balancer sends new requests elsewhere. */
let draining = false;

export function markDraining(): void {
  draining = true;
}

export function isDraining(): boolean {
  return draining;
}
