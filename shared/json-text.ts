/**
 * JSON written ahead and sent as it is. A sync answer carries thousands of
 * events that SQLite writes out as JSON itself; reading them into objects only
 * for JSON.stringify to write them again cost more than the rest of the round.
 */
export class JsonText<T> {
  constructor(readonly text: string) {}

  /** Inside other JSON, and for anything that stringifies it, it is the value it holds. */
  toJSON(): T {
    return JSON.parse(this.text) as T;
  }
}

/** `head` as JSON with one more member, `key`, whose value is JSON text written already. */
export function jsonWithMember<T, K extends keyof T & string>(head: Omit<T, K>, key: K, valueJson: string): JsonText<T> {
  const written = JSON.stringify(head);
  // An object's JSON always ends with its closing brace; the member goes in before it.
  const separator = written === '{}' ? '' : ',';
  return new JsonText<T>(`${written.slice(0, -1)}${separator}${JSON.stringify(key)}:${valueJson}}`);
}
