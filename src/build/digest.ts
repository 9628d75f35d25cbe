import { hash } from 'node:crypto';

// Digests of values whose digest is already known (each timeline event carries one from the clustering),
// so a page's props digest stands on its events' digests instead of serializing them all again: an agency
// page lists thousands of events, and twenty thousand pages are checked on every build.
const KEY = Symbol.for('redeployment-timeline.known-digests');
const known: WeakMap<object, string> = ((globalThis as { [KEY]?: WeakMap<object, string> })[KEY] ??= new WeakMap());

export const digestOf = (value: string) => hash('sha1', value, 'base64url');

/** Records the digest of an object that will not change (a timeline event of this build). */
export function knowDigest(value: object, digest: string): void {
  known.set(value, digest);
}

export function knownDigest(value: object): string | undefined {
  return known.get(value);
}

/** A digest of a page's props: the same props always give the same digest, different props a different one. */
export function propsDigest(props: unknown): string {
  return digestOf(JSON.stringify(props, (_key, value: unknown) => {
    if (value !== null && typeof value === 'object') {
      const d = known.get(value);
      // Marked so a known object's digest can never be mistaken for a string value in the props.
      if (d !== undefined) return { '#digest': d };
    }
    return value;
  }));
}
