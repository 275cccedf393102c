/**
 * The wordings that registries and directories of the social and solidarity economy use for an
 * organisation's legal form or kind, in English, Spanish and French, read as the sector they
 * are; and the same for the kinds of alliance.
 */
import { describe, expect, it } from 'vitest';
import { canonicalSector, normalizeValue, parseLinkType } from '../../../src/core/model/values';
import { LINK_TYPE_WORDS, SECTOR_WORDS } from '../../../src/core/model/vocabulary';

const REGISTRY_SECTORS: [string, string[]][] = [
  [
    'cooperative',
    [
      'Co-operative',
      'Co-operatives',
      'Worker co-operative',
      'Worker cooperative',
      'Cooperativa de trabajo',
      'Cooperativa de trabajo asociado',
      'Coopérative de travail',
      'Agricultural cooperative',
      'Cooperativa agrícola',
      'Coopérative agricole',
      'Housing co-operative',
      'Cooperativa de vivienda',
      'Coopérative d’habitation',
      'Consumer co-operative',
      'Cooperativa de consumo',
      'Coopérative de consommateurs',
      'Social cooperative',
      'Cooperativa social',
      'Société coopérative et participative',
      'Société coopérative d’intérêt collectif',
    ],
  ],
  [
    'civil_society',
    [
      'NGO or Association',
      'Association or NGO',
      'ONG o asociación',
      'ONG ou association',
      'Non-governmental organisation',
      'Organización no gubernamental',
      'Organisation non gouvernementale',
      'Non-profit organisation',
      'Organización sin fines de lucro',
      'Entidad sin ánimo de lucro',
      'Organisme à but non lucratif',
      'OBNL',
      'Association loi 1901',
      'Fondation',
      'Foundation',
      'Registered charity',
      'Community-based organisation',
      'Organisme communautaire',
      'Faith-based organisation',
    ],
  ],
  [
    'union',
    [
      'Trade Union',
      'Labour union',
      'Sindicato',
      'Syndicat de salariés',
      'Federación sindical',
      'Fédération syndicale',
      'Confederación sindical',
      'Workers’ union',
    ],
  ],
  [
    'government',
    [
      'Local authority/ local government body',
      'Local authority',
      'Local government body',
      'State Government',
      'Gobierno estatal',
      'Gobierno municipal',
      'Gobierno provincial',
      'Gobierno regional',
      'Gobierno federal',
      'Gobierno autonómico',
      'Comunidad autónoma',
      'Diputación',
      'Collectivité territoriale',
      'Collectivités territoriales',
      'Conseil régional',
      'Conseil départemental',
      'Communauté de communes',
      'Établissement public',
      'Public body',
      'National government',
      'Federal government',
      'City council',
    ],
  ],
  [
    'network',
    [
      'Network or federation',
      'Federation or network',
      'Red o federación',
      'Réseau ou fédération',
      'Umbrella body',
      'Tête de réseau',
      'Organisation faîtière',
      'Organización de segundo grado',
      'Consortium',
      'Consorcio',
      'Coalition',
      'Coalición',
    ],
  ],
  [
    'finance',
    [
      'Mutuelle',
      'Mutual society',
      'Mutual insurance',
      'Mutualidad',
      'Cooperative bank',
      'Banco cooperativo',
      'Banque coopérative',
      'Cooperativa de crédito',
      'Caja de ahorro',
      'Microfinance institution',
      'Institución de microfinanzas',
      'Institution de microfinance',
      'Savings and credit cooperative',
      'SACCO',
    ],
  ],
  [
    'social_enterprise',
    [
      'Community interest company',
      'Work integration social enterprise',
      'Empresa de inserción',
      'Entreprise d’insertion',
      'Centro especial de empleo',
      'Entreprise adaptée',
      'Entreprise solidaire d’utilité sociale',
      'ESUS',
      'Sociedad laboral',
    ],
  ],
  [
    'academia',
    [
      'School',
      'Escuela',
      'École',
      'College',
      'Higher education institution',
      'Institución de educación superior',
      'Academic institution',
      'Institución académica',
    ],
  ],
  [
    'private',
    [
      'Private company',
      'Private enterprise',
      'For-profit company',
      'Employers’ organisation',
      'Organización empresarial',
      'Organisation patronale',
    ],
  ],
  [
    'international',
    [
      'UN agency',
      'United Nations agency',
      'Agencia de Naciones Unidas',
      'Agence des Nations unies',
      'Multilateral organisation',
      'Organismo multilateral',
      'Organisation multilatérale',
    ],
  ],
  ['movement', ['Community group', 'Grupo comunitario', 'Collectif citoyen', 'Movimiento popular']],
];

describe('sectors as registries word them', () => {
  it.each(REGISTRY_SECTORS)('%s', (sector, names) => {
    const read = names.map((name) => [name, canonicalSector(name)]);
    expect(read).toEqual(names.map((name) => [name, sector]));
  });

  it('keep what is no sector a custom one', () => {
    for (const value of ['Other', 'Otro', 'Autre', 'Ejido', 'Individual', 'Persona física'])
      expect(canonicalSector(value), value).toBeNull();
  });
});

describe('alliance types as people word them', () => {
  it.each([
    [
      'partnership',
      [
        'Partner',
        'Partnership agreement',
        'Convenio de colaboración',
        'Acuerdo de colaboración',
        'Accord de partenariat',
        'Convention de partenariat',
        'Joint project',
        'Proyecto conjunto',
        'Projet commun',
      ],
    ],
    ['membership', ['Member of', 'Miembro de', 'Membre de', 'Affiliate', 'Adhérent', 'Afiliada']],
    [
      'funding',
      [
        'Funder',
        'Financiador',
        'Financeur',
        'Donation',
        'Donación',
        'Loan',
        'Préstamo',
        'Prêt',
        'Investment',
        'Inversión',
        'Investissement',
      ],
    ],
    [
      'research',
      ['Research collaboration', 'Investigación conjunta', 'Recherche partenariale', 'Study'],
    ],
    [
      'trade',
      [
        'Supplier',
        'Proveedor',
        'Fournisseur',
        'Purchase',
        'Compra',
        'Achat',
        'Venta',
        'Vente',
        'Commercial relationship',
        'Relación comercial',
        'Relation commerciale',
      ],
    ],
    ['policy', ['Public policy', 'Lobbying', 'Cabildeo', 'Incidencia política', 'Policy dialogue']],
    ['network', ['Networking', 'Redes', 'Réseaux', 'Trabajo en red', 'Travail en réseau']],
  ])('%s', (type, names) => {
    expect(names.map((name) => [name, parseLinkType(name)])).toEqual(
      names.map((name) => [name, type]),
    );
  });

  it('keep other kinds as written', () => {
    expect(parseLinkType(' Technical assistance ')).toBe('Technical assistance');
  });
});

describe('the vocabulary', () => {
  it.each([
    ['sectors', SECTOR_WORDS],
    ['alliance types', LINK_TYPE_WORDS],
  ])('gives each wording of the %s one meaning', (_, table) => {
    const meaning = new Map<string, string>();
    const clashes: string[] = [];
    for (const [code, names] of Object.entries(table)) {
      for (const name of [code, ...names]) {
        const key = normalizeValue(name);
        const other = meaning.get(key);
        if (other !== undefined && other !== code) clashes.push(`${name}: ${other} and ${code}`);
        meaning.set(key, code);
      }
    }
    expect(clashes).toEqual([]);
  });
});
