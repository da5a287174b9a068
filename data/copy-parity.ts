/**
 * Two editions' copy must match key for key, list for list, and placeholder
 * for placeholder: a sentence can move its {year}, never lose or invent one.
 * The records' own words ("records" in a translation) are checked against the
 * facts instead (data/translate.ts).
 */
type Json = unknown;

const placeholders = (text: string) => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort().join(' ');

const kind = (value: Json) =>
  Array.isArray(value)
    ? 'a list'
    : value === null
      ? 'null'
      : typeof value === 'object'
        ? 'a group'
        : typeof value;

/** Every string in a copy, in document order. */
export function stringsOf(value: Json): string[] {
  if (typeof value === 'string') return [value];
  return value && typeof value === 'object' ? Object.values(value).flatMap(stringsOf) : [];
}

/** Every way `other` differs in shape from `base`, one line each; empty when they match. */
export function copyDifferences(
  base: Json,
  other: Json,
  names: [string, string] = ['en', 'es'],
  path = '',
): string[] {
  const [a, b] = names;
  const at = path || '(top)';
  if (typeof base === 'string') {
    if (typeof other !== 'string') return [`${at}: text in ${a}, ${kind(other)} in ${b}`];
    if (other.trim() === '') return [`${at}: empty in ${b}`];
    const [pa, pb] = [placeholders(base), placeholders(other)];
    return pa === pb ? [] : [`${at}: placeholders "${pa}" in ${a}, "${pb}" in ${b}`];
  }
  if (Array.isArray(base)) {
    if (!Array.isArray(other) || other.length !== base.length)
      return [
        `${at}: a list of ${base.length} in ${a}, ${Array.isArray(other) ? `a list of ${other.length}` : kind(other)} in ${b}`,
      ];
    return base.flatMap((item, i) => copyDifferences(item, other[i], names, `${path}[${i}]`));
  }
  if (base && typeof base === 'object') {
    if (!other || typeof other !== 'object' || Array.isArray(other))
      return [`${at}: a group in ${a}, ${kind(other)} in ${b}`];
    const left = base as Record<string, Json>;
    const right = other as Record<string, Json>;
    const key = (k: string) => (path ? `${path}.${k}` : k);
    return [
      ...Object.keys(left).flatMap((k) =>
        k in right
          ? copyDifferences(left[k], right[k], names, key(k))
          : [`${key(k)}: in ${a}, missing in ${b}`],
      ),
      ...Object.keys(right)
        .filter((k) => !(k in left))
        .map((k) => `${key(k)}: in ${b}, missing in ${a}`),
    ];
  }
  return kind(base) === kind(other) ? [] : [`${at}: ${kind(base)} in ${a}, ${kind(other)} in ${b}`];
}
