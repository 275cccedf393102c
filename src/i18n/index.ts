/**
 * i18next set up for the three languages of the app. The language comes from `?lang=`, else the
 * browser's preferences, else English; `<html lang>` follows every change.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';

export const LANGUAGES = ['en', 'es', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

function isLanguage(value: string | null | undefined): value is Language {
  return value !== null && value !== undefined && (LANGUAGES as readonly string[]).includes(value);
}

export function initialLanguage(search: string, preferred: readonly string[]): Language {
  const asked = new URLSearchParams(search).get('lang')?.toLowerCase().slice(0, 2);
  if (isLanguage(asked)) return asked;
  for (const tag of preferred) {
    const base = tag.toLowerCase().slice(0, 2);
    if (isLanguage(base)) return base;
  }
  return 'en';
}

export function setupI18n(language: Language): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, es: { translation: es }, fr: { translation: fr } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes; names stay text.
    initAsync: false,
  });
  document.documentElement.lang = language;
  i18next.on('languageChanged', (next) => {
    document.documentElement.lang = next;
  });
  return i18next;
}
