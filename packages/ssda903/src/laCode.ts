/** An LA as the 903 names it: the DfE's three-digit (old) LA code, e.g. 999. */
export const LA_CODE_PATTERN = /^\d{3}$/;

export function isLaCode(text: string): boolean {
  return LA_CODE_PATTERN.test(text);
}
