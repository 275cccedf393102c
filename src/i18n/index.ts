/**
 * i18next set up for the three languages of the app. The language comes from `?lang=`, else the
 * browser's preferences, else English; `<html lang>` follows every change. i18next holds the
 * current language: nothing else keeps a copy.
 */
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '../core/languages';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';

export { LANGUAGES, type Language } from '../core/languages';

/** The language the page is in: i18next's, the one record of it (the store keeps none). */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : 'en';
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
