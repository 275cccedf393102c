/**
 * The languages the app speaks, defined once: the catalogues (src/i18n), the measures' names, the
 * country and region names all follow this list. Which one is current is i18next's alone.
 */
export const LANGUAGES = ['en', 'es', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: string | null | undefined): value is Language {
  return value !== null && value !== undefined && (LANGUAGES as readonly string[]).includes(value);
}
