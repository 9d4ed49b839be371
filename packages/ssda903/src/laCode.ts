/** An LA as the 903 names it: the DfE's three-digit (old) LA code, e.g. 999. */
export function isLaCode(text: string): boolean {
  return /^\d{3}$/.test(text);
}
