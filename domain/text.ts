/** "a", "a en b", "a, b en c": a Dutch enumeration for messages and notices. */
export const listNl = (parts: readonly string[]): string =>
  parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} en ${parts[parts.length - 1] ?? ''}`;
