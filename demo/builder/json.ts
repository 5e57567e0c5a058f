// JSON values as the builder handles them: content documents typed in, imported from a file or read from a link,
// valid or not (the widget's own reader judges them; the builder keeps what a person wrote).

/** A JSON object as JSON.parse gives it: nothing about its fields is known until they are read. */
export type JsonObject = Record<string, unknown>;

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A deep copy through JSON, as the content will travel: fields left undefined drop out. */
export function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** JSON with every object's keys sorted, so that two documents that say the same thing compare equal. */
const canonical = (value: unknown) =>
  JSON.stringify(value, (_key, inner: unknown) =>
    isObject(inner)
      ? Object.fromEntries(
          Object.keys(inner)
            .sort()
            .map((name) => [name, inner[name]]),
        )
      : inner,
  );

/** Whether `a` and `b` say the same thing, whatever the order of their keys. */
export const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);
