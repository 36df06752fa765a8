/**
 * The `edtf` library tells a set of dates by its class's name (`static get type() { return this.name }`,
 * which List's constructor asserts). Minified, the class has another name, so the built page refused every
 * set of dates ({2016-05,2017}) that `check:data`, on the source, accepted. This gives List its type by
 * name, in the library's own chunk only. It throws if list.js no longer declares the class so, rather than
 * let the build go without it.
 */
export const EDTF_LIST_ANCHOR = "export class List extends ExtDateTime {";

export function withEdtfListType(code: string): string {
  const parts = code.split(EDTF_LIST_ANCHOR);
  if (parts.length !== 2) {
    throw new Error(
      `edtf's list.js no longer has exactly one "${EDTF_LIST_ANCHOR}" (scripts/edtfListType.ts)`,
    );
  }
  return parts.join(`${EDTF_LIST_ANCHOR}\n  static get type() {\n    return "List"\n  }\n`);
}
