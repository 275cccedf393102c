/** Names of codes shown to people, from the browser's own data (nothing to bundle or fetch). */
const regionNames = new Map<string, Intl.DisplayNames>();

/** The country's name in the language (Intl.DisplayNames); the code itself when unknown. */
export function countryName(iso2: string, language: string): string {
  let names = regionNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
    regionNames.set(language, names);
  }
  try {
    return names.of(iso2.toUpperCase()) ?? iso2;
  } catch {
    return iso2; // not a well-formed region code
  }
}
