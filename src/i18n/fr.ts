import type { Catalogue } from './en';

export const fr: Catalogue = {
  app: {
    name: 'Alliance Atlas',
    tagline: 'Qui coopère avec qui dans l’économie sociale et solidaire',
  },
  dataset: {
    illustrative: 'Réseau ESS illustratif (alliances fictives)',
    loading: 'Chargement du réseau…',
  },
  language: { label: 'Langue', en: 'English', es: 'Español', fr: 'Français' },
  import: {
    button: 'Importer des fichiers CSV',
    hint: 'Choisissez ensemble le fichier des organisations et celui des liens.',
    progress: 'Import… {{percent}} %',
    cancel: 'Annuler',
    cancelled: 'Import annulé ; le réseau précédent reste affiché.',
    failed: 'L’import a échoué : {{message}}',
    messages: 'Messages de l’import',
    summary_error_one: '{{count}} erreur',
    summary_error_other: '{{count}} erreurs',
    summary_warning_one: '{{count}} avertissement',
    summary_warning_other: '{{count}} avertissements',
    summary_info_one: '{{count}} note',
    summary_info_other: '{{count}} notes',
    none: 'Aucun problème trouvé dans les fichiers.',
    show: 'Afficher les messages',
    hide: 'Masquer les messages',
    levelHeader: 'Niveau',
    file: 'Fichier',
    row: 'Ligne',
    column: 'Colonne',
    message: 'Message',
    level: { error: 'Erreur', warning: 'Avertissement', info: 'Note' },
    wholeFile: 'tout le fichier',
  },
  mapping: {
    title: 'Quelle colonne de {{file}} est quoi ?',
    explain:
      'Aucun nom de colonne n’a été reconnu. Indiquez ce que contient chacune ; les autres sont conservées comme attributs.',
    kind: 'Ce fichier contient',
    organizations: 'des organisations',
    links: 'des liens (alliances)',
    column: 'Colonne du fichier',
    field: 'Signifie',
    keep: '— conserver comme attribut —',
    unnamed: 'Colonne {{n}}',
    required: 'Il manque encore : {{fields}}.',
    apply: 'Importer avec ces colonnes',
    dismiss: 'Fermer',
  },
  unusable: {
    missing_file: '{{file}} n’a pas pu être lu.',
    empty: '{{file}} est vide : ni ligne d’en-tête ni données.',
    binary: '{{file}} n’est pas un fichier CSV texte (il semble binaire).',
    no_header: '{{file}} n’a pas de ligne d’en-tête.',
    missing_columns:
      'Il manque à {{file}} les colonnes nécessaires : un identifiant, ou une source et une cible.',
    unrecognised:
      '{{file}} n’est ni un fichier d’organisations (colonne identifiant) ni un fichier de liens (colonnes source et cible).',
  },
  issue: {
    encoding_fallback:
      'Le fichier n’est pas en UTF-8 valide ; il a été lu en Windows-1252 (Excel). Vérifiez les accents.',
    duplicate_id:
      'L’identifiant « {{id}} » figure déjà ligne {{firstRow}} ; cette ligne n’a pas été utilisée.',
    missing_id: 'Cette ligne n’a pas d’identifiant ; l’organisation n’a pas été utilisée.',
    missing_name: 'Pas de nom : l’identifiant est affiché à la place.',
    missing_endpoint: 'Il manque au lien {{missing}} ; il n’a pas été utilisé.',
    unknown_endpoint:
      'Aucune organisation n’a l’identifiant « {{value}} » ; une organisation provisoire a été créée.',
    unknown_endpoint_summary:
      '{{count}} organisations ont été créées à partir du seul fichier de liens.',
    dangling_dropped: 'Aucune organisation ne correspond à « {{value}} » ; le lien a été écarté.',
    name_matched_endpoint:
      '« {{value}} » n’est pas un identifiant ; il correspond à l’organisation de ce nom (« {{id}} »).',
    ambiguous_endpoint:
      '« {{value}} » correspond par le nom à {{count}} organisations ({{ids}}) ; traité comme inconnu.',
    self_link: 'Le lien relie « {{id}} » à elle-même : conservé, mais ignoré par les mesures.',
    invalid_weight: 'Le poids « {{value}} » n’est pas un nombre positif ; 1 a été utilisé.',
    unknown_country: 'Pays « {{value}} » non reconnu ; ses liens ont une échelle inconnue.',
    unknown_world_region:
      'Région du monde « {{value}} » non reconnue ; celle du pays est utilisée.',
    custom_sector:
      'Le secteur « {{value}} » n’est pas un secteur habituel ; conservé tel quel ({{count}} organisations).',
    invalid_boolean: '« {{value}} » n’est ni oui ni non ; le lien a été pris comme non orienté.',
    invalid_year: '« {{value}} » n’est ni une année ni une date ; laissé vide.',
    invalid_coordinate: 'La coordonnée « {{value}} » est hors limites ; laissée vide.',
    invalid_scope:
      'L’échelle « {{value}} » n’est ni locale, ni nationale, ni régionale, ni internationale ; ignorée.',
    parallel_links:
      'Un autre lien entre « {{source}} » et « {{target}} » figure ligne {{firstRow}} ; les deux sont conservés, les mesures additionnent leurs poids.',
    ragged_row: 'La ligne a {{values}} valeurs pour {{columns}} colonnes.',
    unknown_column: 'Cette colonne n’est pas un champ connu ; elle est conservée comme attribut.',
    duplicate_column: 'Ce nom de colonne figure deux fois ; la première est utilisée.',
    csv_syntax: 'Un guillemet n’est pas fermé ou est mal placé ; vérifiez cette ligne.',
  },
  analysis: {
    running: 'Analyse du réseau… {{percent}} %',
    cancel: 'Annuler',
    cancelled: 'Analyse annulée.',
    failed: 'L’analyse a échoué.',
    communities_one: '{{count}} communauté',
    communities_other: '{{count}} communautés',
    modularity: 'modularité {{value}}',
    ei: 'indice E-I {{value}}',
    weighted: 'Pondéré',
    weightedHint:
      'Utiliser les poids des liens comme force du lien dans les mesures (distance = 1 / poids).',
  },
  search: { label: 'Chercher une organisation', placeholder: 'Chercher une organisation…' },
  stats: {
    organizations_one: '{{count, number}} organisation',
    organizations_other: '{{count, number}} organisations',
    alliances_one: '{{count, number}} alliance',
    alliances_other: '{{count, number}} alliances',
    ofTotal: '{{visible}} sur {{total}}',
    label: 'Taille du réseau',
  },
  legend: {
    title: 'Secteur',
    placeholder: 'Absente du fichier des organisations',
    other: 'Autre ou aucun',
  },
  graph: { label: 'Réseau des organisations et de leurs alliances' },
  sector: {
    cooperative: 'Coopérative',
    social_enterprise: 'Entreprise sociale',
    civil_society: 'Société civile',
    movement: 'Mouvement ou collectif',
    union: 'Syndicat',
    academia: 'Université ou recherche',
    government: 'Pouvoirs publics',
    private: 'Entreprise privée',
    network: 'Réseau ou fédération de l’ESS',
    international: 'Organisation internationale',
    finance: 'Finance solidaire',
  },
  scope: {
    local: 'Locale',
    national: 'Nationale',
    regional: 'Régionale',
    international: 'Internationale',
    unknown: 'Inconnue',
  },
};
