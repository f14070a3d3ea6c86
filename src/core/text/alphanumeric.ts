/** Letters and digits only, lower-cased: text compared whatever its spacing, punctuation and case. */
export function alphanumeric(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
