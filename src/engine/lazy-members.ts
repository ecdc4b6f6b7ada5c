/**
 * A grouped finding's `members` built when first read. A long sheet of codes no catalog knows has
 * 100,000 of them, each a finding with its own message and cells: the list, the report and the
 * problems read only the grouped finding; marks and the JSON report read the members, and build
 * them then. The property is an own enumerable one, so JSON, structured clone and object spread
 * see a plain list.
 */
import type { Finding } from './findings';

export function setMembersLater(f: Finding, build: () => Finding[]): void {
  let members: Finding[] | undefined;
  Object.defineProperty(f, 'members', { enumerable: true, configurable: true, get: () => (members ??= build()) });
}

/** `{ ...f, ...extra }`, except that members not built yet are left to build (spread would read them). */
export function findingWith(f: Finding, extra: Partial<Finding>): Finding {
  if (!Object.getOwnPropertyDescriptor(f, 'members')?.get) return { ...f, ...extra };
  return Object.assign(Object.defineProperties({}, Object.getOwnPropertyDescriptors(f)) as Finding, extra);
}
