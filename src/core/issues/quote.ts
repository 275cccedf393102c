/** Quotes a value from the file for a message, shortened so one odd cell cannot flood the list. */
export function quote(value: string): string {
  const short = value.length > 60 ? `${value.slice(0, 57)}…` : value;
  return `"${short}"`;
}
