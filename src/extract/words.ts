/** Word lists written as one string: `wordSet('talks offer offered')`, compact and easy to read. */
export function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.split(' ').filter((word) => word.length > 0));
}
