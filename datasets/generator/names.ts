/**
 * Synthetic organisation names for generated networks, in the language of the place, so that a
 * generated network reads like the field it stands for. Not meant to be memorable; unique by
 * construction where the caller asks for it.
 */
import type { Language } from './places';
import type { Random } from './prng';

type Templates = Record<string, readonly string[]>;

const ES: Templates = {
  cooperative: ['Cooperativa', 'Cooperativa de Trabajo', 'Cooperativa de Consumo'],
  social_enterprise: ['Empresa Social', 'Emprendimiento Social'],
  civil_society: ['Asociación Civil', 'Fundación', 'Centro Comunitario'],
  movement: ['Colectivo', 'Movimiento', 'Asamblea'],
  union: ['Sindicato', 'Unión de Trabajadores'],
  academia: ['Centro de Estudios', 'Grupo de Investigación', 'Observatorio'],
  government: ['Dirección de Economía Social', 'Oficina de Fomento Cooperativo'],
  private: ['Comercializadora', 'Distribuidora', 'Consultora'],
  network: ['Red', 'Federación', 'Coordinadora'],
  international: ['Programa Internacional', 'Alianza Internacional'],
  finance: ['Caja Solidaria', 'Cooperativa de Ahorro y Crédito', 'Fondo Solidario'],
};
const FR: Templates = {
  cooperative: ['Coopérative', 'Coopérative de solidarité', 'Coopérative de travail'],
  social_enterprise: ['Entreprise sociale', "Entreprise d'insertion"],
  civil_society: ['Association', 'Fondation', 'Centre communautaire'],
  movement: ['Collectif', 'Mouvement'],
  union: ['Syndicat', 'Fédération syndicale'],
  academia: ['Laboratoire', 'Chaire de recherche', 'Observatoire'],
  government: ["Service de l'économie sociale", 'Mission ESS'],
  private: ['Société', 'Groupe', 'Conseil'],
  network: ['Réseau', 'Pôle', 'Fédération'],
  international: ['Programme international', 'Alliance internationale'],
  finance: ['Caisse solidaire', 'Mutuelle', 'Fonds solidaire'],
};
const PT: Templates = {
  cooperative: ['Cooperativa', 'Cooperativa de Trabalho'],
  social_enterprise: ['Empresa Social', 'Negócio Social'],
  civil_society: ['Associação', 'Instituto', 'Centro Comunitário'],
  movement: ['Coletivo', 'Movimento'],
  union: ['Sindicato'],
  academia: ['Núcleo de Estudos', 'Incubadora Universitária'],
  government: ['Coordenadoria de Economia Solidária'],
  private: ['Comercial', 'Distribuidora'],
  network: ['Rede', 'Fórum', 'Central'],
  international: ['Programa Internacional'],
  finance: ['Banco Comunitário', 'Fundo Solidário'],
};
const IT: Templates = {
  cooperative: ['Cooperativa Sociale', 'Cooperativa'],
  social_enterprise: ['Impresa Sociale'],
  civil_society: ['Associazione', 'Fondazione'],
  movement: ['Collettivo', 'Movimento'],
  union: ['Sindacato'],
  academia: ['Centro Studi', 'Laboratorio'],
  government: ['Ufficio Economia Sociale'],
  private: ['Società', 'Gruppo'],
  network: ['Consorzio', 'Rete'],
  international: ['Programma Internazionale'],
  finance: ['Mutua', 'Fondo Solidale'],
};
const EN: Templates = {
  cooperative: ['Cooperative', 'Worker Cooperative', 'Consumer Cooperative'],
  social_enterprise: ['Social Enterprise', 'Social Ventures'],
  civil_society: ['Association', 'Foundation', 'Community Center'],
  movement: ['Collective', 'Movement'],
  union: ['Workers Union', 'Union'],
  academia: ['Research Center', 'Institute', 'Lab'],
  government: ['Social Economy Office', 'Office of Cooperative Development'],
  private: ['Trading', 'Partners', 'Group'],
  network: ['Network', 'Alliance', 'Federation'],
  international: ['International Programme', 'Global Alliance'],
  finance: ['Credit Union', 'Community Fund', 'Solidarity Fund'],
};

const WORDS: Record<Language, readonly string[]> = {
  es: [
    'La Milpa',
    'El Roble',
    'Tierra Viva',
    'Maíz',
    'Colibrí',
    'El Surco',
    'Semilla',
    'Los Cerros',
    'Aurora',
    'Manos Unidas',
    'Ayni',
    'Tequio',
    'Minga',
    'El Puente',
    'Horizonte',
    'Raíces',
    'La Ceiba',
    'Nuevo Sol',
    'Amanecer',
    'Xochitl',
    'Cacao',
    'Agua Clara',
    'La Trama',
    'Jacarandá',
  ],
  fr: [
    'Le Rucher',
    'Les Érables',
    'La Ruche',
    "L'Atelier",
    'Le Grenier',
    'La Passerelle',
    'Racines',
    'Le Fil',
    'Les Semeurs',
    'Le Moulin',
    'Boréal',
    'La Traverse',
    'Le Jardin',
    'Horizon',
  ],
  pt: [
    'Terra Viva',
    'Mutirão',
    'Raízes',
    'Sol Nascente',
    'Ipê',
    'Bem Viver',
    'Colmeia',
    'Ciranda',
    'Caminhos',
    'Semente',
    'Jacarandá',
    'Beija-Flor',
  ],
  it: ['Il Girasole', "L'Alveare", 'La Rete', 'Il Ponte', 'Terra Comune', 'La Quercia', 'Aurora'],
  ca: ['La Teixidora', "L'Arrel", 'La Collita', 'El Rusc', 'Sembra'],
  en: [
    'Commonwealth',
    'Riverside',
    'Greenway',
    'Harvest',
    'Beacon',
    'Maple',
    'Northstar',
    'Hearth',
    'Bridgeway',
    'Evergreen',
    'Common Ground',
    'Cedar',
  ],
  ko: ['Hanul', 'Saenggang', 'Durae', 'Bitsal', 'Maeul', 'Pureun', 'Hamkke', 'Nanum', 'Saessak'],
};

function templatesFor(language: Language): Templates {
  switch (language) {
    case 'es':
    case 'ca':
      return ES;
    case 'fr':
      return FR;
    case 'pt':
      return PT;
    case 'it':
      return IT;
    case 'en':
    case 'ko':
      return EN;
  }
}

/** A plausible name; the caller makes it unique (see `uniqueName`). */
export function organizationName(
  sector: string,
  language: Language,
  city: string | null,
  random: Random,
): string {
  const templates = templatesFor(language);
  const prefix = random.pick(templates[sector] ?? templates['civil_society']!);
  const word = random.pick(WORDS[language]);
  if (sector === 'government' && city) return `${prefix} — ${city}`;
  return language === 'en' || language === 'ko' ? `${word} ${prefix}` : `${prefix} ${word}`;
}

/** Appends a number to names already taken, so that names identify organisations. */
export function uniqueName(name: string, taken: Map<string, number>): string {
  const seen = taken.get(name) ?? 0;
  taken.set(name, seen + 1);
  return seen === 0 ? name : `${name} ${seen + 1}`;
}
