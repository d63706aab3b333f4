// Words that depend on the edition, kept in records that look each word up when it is read: the page's
// language is fixed per build, but unit tests switch it (setLocale) after these modules have loaded.

/** `{ confirmed: m.status_confirmed }` → a record whose `confirmed` reads that message each time. */
export function words<K extends string>(messages: Record<K, () => string>): Record<K, string> {
  const record = {} as Record<K, string>;
  for (const key of Object.keys(messages) as K[])
    Object.defineProperty(record, key, { get: messages[key], enumerable: true });
  return record;
}
