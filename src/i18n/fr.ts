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
  punctuation: { colon: '{{label}} :' },
  import: {
    reading: 'Lecture des fichiers : leurs messages s’afficheront ici.',
    button: 'Importer des fichiers',
    hint: 'Choisissez ensemble les fichiers CSV des organisations et des liens, ou un classeur Excel ou Kumu, un fichier GEXF ou GraphML, ou un fichier de projet.',
    appendButton: 'Ajouter',
    appendHint:
      'Ajoute au réseau affiché les organisations et les liens d’autres fichiers : une organisation dont l’identifiant y figure déjà est fusionnée avec elle, et chaque valeur qui diffère est signalée.',
    progress: 'Import… {{percent}} %',
    cancel: 'Annuler',
    failed:
      'L’import s’est arrêté sur une erreur inattendue ({{detail}}) ; le réseau affiché est conservé.',
    unavailable:
      'Une partie de l’application n’a pas pu être chargée (la connexion est-elle perdue ?), l’import n’a donc pas eu lieu ; le réseau affiché est conservé. Réessayez quand la page pourra joindre son serveur.',
    cancelled: 'Import annulé ; le réseau précédent reste affiché.',
    shownOf_one: '{{shown}} message affiché sur {{count}}.',
    shownOf_many: '{{shown}} messages affichés sur {{count}}.',
    shownOf_other: '{{shown}} messages affichés sur {{count}}.',
    more_one: 'En afficher {{count}} de plus',
    more_many: 'En afficher {{count}} de plus',
    more_other: 'En afficher {{count}} de plus',
    messages: 'Messages de l’import',
    summary_error_one: '{{count}} erreur',
    summary_error_other: '{{count}} erreurs',
    summary_error_many: '{{count}} erreurs',
    summary_warning_one: '{{count}} avertissement',
    summary_warning_other: '{{count}} avertissements',
    summary_warning_many: '{{count}} avertissements',
    summary_info_one: '{{count}} note',
    summary_info_other: '{{count}} notes',
    summary_info_many: '{{count}} notes',
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
    rowsOf_one: 'Ligne {{first}} et {{count}} autre',
    rowsOf_many: 'Ligne {{first}} et {{count}} autres',
    rowsOf_other: 'Ligne {{first}} et {{count}} autres',
    rowsMore_one: '… et {{count}} autre',
    rowsMore_many: '… et {{count}} autres',
    rowsMore_other: '… et {{count}} autres',
  },
  linksOnly: {
    title: 'Remplacer le réseau par les alliances de {{file}} ?',
    explain:
      '{{file}} ne contient que des alliances : les organisations seront les extrémités qu’il nomme, sans secteur, pays ni autres informations, et le réseau affiché sera remplacé.',
    hint: 'Pour garder les informations des organisations, choisissez leur fichier avec celui-ci.',
    confirm: 'Importer seulement les alliances',
    cancel: 'Annuler',
  },
  mapping: {
    title: 'Quelle colonne de {{file}} est quoi ?',
    explain:
      'Aucun nom de colonne n’a été reconnu. Indiquez ce que contient chacune ; les autres sont conservées comme attributs.',
    kind: 'Ce fichier contient',
    organizations: 'des organisations',
    links: 'des liens (alliances)',
    column: 'Colonne du fichier',
    field: 'Signifie',
    keep: '— conserver comme attribut —',
    unnamed: 'Colonne {{n}}',
    required: 'Il manque encore : {{fields}}.',
    apply: 'Importer avec ces colonnes',
    dismiss: 'Fermer',
    fields: {
      organizations: {
        id: 'Identifiant (unique)',
        name: 'Nom',
        sector: 'Secteur',
        country: 'Pays',
        region: 'Région (province, département)',
        city: 'Ville',
        lat: 'Latitude',
        lon: 'Longitude',
        scope: 'Échelle (de locale à internationale)',
        world_region: 'Région du monde',
        themes: 'Thèmes',
        aliases: 'Autres noms (sigles)',
      },
      links: {
        source: 'Source (identifiant d’une organisation)',
        target: 'Cible (identifiant d’une organisation)',
        type: 'Type d’alliance',
        weight: 'Poids',
        directed: 'Orienté (oui ou non)',
        since: 'Depuis (année ou date)',
        until: 'Jusqu’à (année ou date)',
        scope: 'Échelle (au lieu de celle déduite)',
        themes: 'Thèmes',
      },
    },
  },
  unusable: {
    no_file:
      'Aucun fichier n’a été donné : importez un fichier d’organisations, un fichier de liens, ou les deux.',
    empty: '{{file}} est vide : ni ligne d’en-tête ni données.',
    binary:
      '{{file}} n’est pas un fichier CSV texte (on dirait {{kind}}) ; enregistrez-le en CSV depuis le tableur et importez celui-ci.',
    no_header: '{{file}} n’a pas de ligne d’en-tête : toutes ses lignes sont vides.',
    headerless:
      '{{file}} semble n’avoir pas de ligne d’en-tête : sa première ligne ({{firstRow}}) ressemble à des données, non à des noms de colonnes ; ajoutez une première ligne qui nomme les colonnes (source, cible pour les alliances ; identifiant, nom pour les organisations).',
    adjacency_matrix:
      '{{file}} ressemble à une matrice d’adjacence (lignes et colonnes de 0 et de 1), non à un tableau avec une ligne d’en-tête ; écrivez ses alliances une par ligne, avec des colonnes source et cible.',
    space_delimited:
      '{{file}} semble séparer ses colonnes par des espaces, mais sa première ligne ({{firstRow}}) ne nomme aucune colonne connue ; enregistrez-le avec des virgules, des points-virgules ou des tabulations entre les colonnes et une première ligne qui les nomme (source, cible pour les alliances ; identifiant, nom pour les organisations).',
    no_source: '{{file}} n’a pas de colonne source (colonnes cherchées : {{lookedFor}}).',
    no_target: '{{file}} n’a pas de colonne cible (colonnes cherchées : {{lookedFor}}).',
    no_ends: '{{file}} n’a pas de colonnes source et cible (colonnes cherchées : {{lookedFor}}).',
    no_ids: '{{file}} n’a pas de colonne identifiant ni nom (colonnes cherchées : {{lookedFor}}).',
    unrecognised:
      '{{file}} n’a ni colonne identifiant ou nom, ni colonnes source et cible : sa première ligne est {{firstRow}} (colonnes cherchées : {{lookedFor}}).',
    two_links_files:
      '{{first}} et {{file}} ressemblent tous deux à des fichiers de liens ; importez un fichier d’organisations et un fichier de liens.',
    two_organizations_files:
      '{{first}} et {{file}} ressemblent tous deux à des fichiers d’organisations ; importez un fichier d’organisations et un fichier de liens.',
    not_project: '{{file}} n’est pas un fichier de projet Alliance Atlas.',
    newer_project:
      '{{file}} a été enregistré par une version plus récente d’Alliance Atlas (version de projet {{version}}) ; celle-ci ouvre les versions jusqu’à {{supported}}.',
    invalid_project:
      '{{file}} est un fichier de projet Alliance Atlas, mais son champ {{where}} n’est pas valide.',
    other_xml:
      '{{file}} est un fichier XML, mais ni GEXF ni GraphML, les formats de réseau que lit l’application.',
    bad_xml:
      '{{file}} n’est pas du XML bien formé (ligne {{line}} : {{detail}}), il ne peut donc pas être lu ; exportez-le à nouveau.',
    bad_workbook:
      '{{file}} est une archive ZIP, mais aucun classeur n’a pu y être lu ; ouvrez-le dans un tableur et enregistrez-le à nouveau en .xlsx.',
    no_nodes: '{{file}} ne contient ni nœud ni lien.',
  },
  binaryKind: {
    zip: 'une archive ZIP ou un classeur Excel (.xlsx)',
    xls: 'un ancien classeur Excel (.xls)',
    pdf: 'un document PDF',
    png: 'une image PNG',
    jpeg: 'une image JPEG',
    other: 'un fichier binaire',
  },
  issue: {
    encoding_fallback:
      'Le fichier n’est pas en UTF-8 valide ; il a été lu en Windows-1252 (Excel). Vérifiez les accents.',
    duplicate_id:
      'L’identifiant « {{id}} » figure déjà ligne {{firstRow}} ; cette ligne n’a pas été utilisée.',
    missing_id: 'Cette ligne n’a pas d’identifiant ; l’organisation n’a pas été utilisée.',
    missing_name: 'Pas de nom : l’identifiant est affiché à la place.',
    missing_endpoint: 'Il manque au lien {{missing}} ; il n’a pas été utilisé.',
    unknown_endpoint:
      'Aucune organisation n’a l’identifiant « {{value}} » ; une organisation provisoire a été créée.',
    unknown_endpoint_summary_one:
      '{{count}} organisation a été créée à partir du seul fichier de liens.',
    unknown_endpoint_summary_other:
      '{{count}} organisations ont été créées à partir du seul fichier de liens.',
    unknown_endpoint_summary_many:
      '{{count}} organisations ont été créées à partir du seul fichier de liens.',
    dangling_dropped: 'Aucune organisation ne correspond à « {{value}} » ; le lien a été écarté.',
    name_matched_endpoint:
      '« {{value}} » n’est pas un identifiant ; il correspond à l’organisation de ce nom (« {{id}} »).',
    ambiguous_endpoint_one:
      '« {{value}} » correspond par le nom à {{count}} organisation ({{ids}}) ; traité comme inconnu.',
    ambiguous_endpoint_other:
      '« {{value}} » correspond par le nom à {{count}} organisations ({{ids}}) ; traité comme inconnu.',
    ambiguous_endpoint_many:
      '« {{value}} » correspond par le nom à {{count}} organisations ({{ids}}) ; traité comme inconnu.',
    self_link: 'Le lien relie « {{id}} » à elle-même : conservé, mais ignoré par les mesures.',
    invalid_weight: 'Le poids « {{value}} » n’est pas un nombre positif ; 1 a été utilisé.',
    unknown_country: 'Pays « {{value}} » non reconnu ; ses liens ont une échelle inconnue.',
    unknown_world_region:
      'Région du monde « {{value}} » non reconnue ; celle du pays est utilisée.',
    custom_sector_one:
      'Le secteur « {{value}} » n’est pas un secteur habituel ; conservé tel quel ({{count}} organisation).',
    custom_sector_other:
      'Le secteur « {{value}} » n’est pas un secteur habituel ; conservé tel quel ({{count}} organisations).',
    custom_sector_many:
      'Le secteur « {{value}} » n’est pas un secteur habituel ; conservé tel quel ({{count}} organisations).',
    invalid_boolean: '« {{value}} » n’est ni oui ni non ; le lien a été pris comme non orienté.',
    invalid_year: '« {{value}} » n’est ni une année ni une date ; laissé vide.',
    invalid_coordinate: 'La coordonnée « {{value}} » est hors limites ; laissée vide.',
    invalid_scope:
      'L’échelle « {{value}} » n’est ni locale, ni nationale, ni régionale, ni internationale ; ignorée.',
    parallel_links:
      'Un autre lien entre « {{source}} » et « {{target}} » figure ligne {{firstRow}} ; les deux sont conservés, les mesures additionnent leurs poids.',
    ragged_row:
      'La ligne a $t(issue.values, {"count": {{values}} }) pour $t(issue.columns, {"count": {{columns}} }).',
    values_one: '{{count}} valeur',
    values_other: '{{count}} valeurs',
    values_many: '{{count}} valeurs',
    columns_one: '{{count}} colonne',
    columns_other: '{{count}} colonnes',
    columns_many: '{{count}} colonnes',
    unknown_column: 'Cette colonne n’est pas un champ connu ; elle est conservée comme attribut.',
    duplicate_column: 'Ce nom de colonne figure deux fois ; la première est utilisée.',
    csv_syntax:
      'Un guillemet n’est pas fermé ou est mal placé ; il a été lu comme du texte. Vérifiez cette ligne.',
    id_taken: 'L’identifiant « {{id}} » est déjà celui de « {{name}} » ; choisissez-en un autre.',
    lookalike_id:
      'L’identifiant « {{id}} » ressemble à « {{firstId}} » de la ligne {{firstRow}}, mais en diffère par des caractères invisibles ou le codage des accents ; les deux ont été conservés.',
    reversed_years:
      'Le début {{since}} est postérieur à la fin {{until}} ; les deux ont été conservés tels quels.',
    alias_column:
      'Cette colonne désigne aussi le champ {{field}}, comme la colonne « {{used}} », qui a été utilisée ; elle est conservée comme attribut.',
    computed_column:
      'Ces colonnes contiennent des valeurs que l’application calcule ({{columns}}) ; elles n’ont pas été lues et sont recalculées.',
    placeholder_rows_one:
      'La ligne {{rows}} est une organisation provisoire (une extrémité de lien à laquelle aucune organisation ne correspondait) : les liens qui la nomment la recréent.',
    placeholder_rows_other:
      'Les lignes {{rows}} sont {{count}} organisations provisoires (des extrémités de liens auxquelles aucune organisation ne correspondait) : les liens qui les nomment les recréent.',
    placeholder_rows_many:
      'Les lignes {{rows}} sont {{count}} organisations provisoires (des extrémités de liens auxquelles aucune organisation ne correspondait) : les liens qui les nomment les recréent.',
    project_migrated:
      'Le fichier de projet a été enregistré en version {{from}} ; il a été mis à jour en version {{to}}.',
    alias_column_filled_one:
      'Cette colonne désigne aussi le champ {{field}}, comme la colonne « {{used}} », qui a été utilisée ; celle-ci l’a complété sur {{count}} ligne où « {{used}} » est vide ou vaut NA ({{rows}}), et elle est conservée comme attribut.',
    alias_column_filled_other:
      'Cette colonne désigne aussi le champ {{field}}, comme la colonne « {{used}} », qui a été utilisée ; celle-ci l’a complété sur {{count}} lignes où « {{used}} » est vide ou vaut NA ({{rows}}), et elle est conservée comme attribut.',
    alias_column_filled_many:
      'Cette colonne désigne aussi le champ {{field}}, comme la colonne « {{used}} », qui a été utilisée ; celle-ci l’a complété sur {{count}} lignes où « {{used}} » est vide ou vaut NA ({{rows}}), et elle est conservée comme attribut.',
    no_organizations:
      'Le fichier a un en-tête mais aucune ligne : les organisations sont celles que nomment les liens, s’il y en a.',
    no_links: 'Le fichier a un en-tête mais aucune ligne : le réseau n’a pas d’alliances.',
    typed_column:
      'Cette colonne a été lue comme le champ {{field}} : « {{suffix}} » après son nom a été pris pour le type de ses valeurs.',
    long_as_longitude:
      'Cette colonne a été lue comme la longitude, à côté de la latitude de la colonne « {{latitude}} ».',
    long_not_longitude:
      'Cette colonne est conservée comme attribut : sans colonne de latitude, ce n’est pas forcément une longitude.',
    region_is_world_region:
      '« {{value}} » est une région du monde ; elle a été lue comme telle, non comme une région d’un pays.',
    name_as_id:
      'Pas de colonne identifiant : le nom de chaque organisation (colonne « {{column}} ») est son identifiant, et les liens doivent nommer les organisations par lui.',
    sheet_ignored:
      'La feuille « {{sheet}} » est marquée (ignore), comme dans Kumu : elle a été laissée de côté.',
    sheet_unrecognised:
      'La feuille « {{sheet}} » n’a ni colonne d’id ou de nom ni colonnes de source et de cible : elle a été laissée de côté.',
    sheet_same_kind:
      'La feuille « {{sheet}} » ressemble à la feuille « {{used}} », qui a été lue à sa place : elle a été laissée de côté.',
    dynamic_network:
      'Le réseau change dans le temps : la dernière valeur de chaque attribut a été prise, tous les nœuds et liens sont inclus, et le début et la fin des liens sont leur depuis et leur jusqu’à.',
    hyperedges_skipped_one:
      'Le fichier contient {{count}} hyperarête (un lien entre plus de deux nœuds) ; elle n’a pas été lue.',
    hyperedges_skipped_other:
      'Le fichier contient {{count}} hyperarêtes (liens entre plus de deux nœuds) ; elles n’ont pas été lues.',
    hyperedges_skipped_many:
      'Le fichier contient {{count}} hyperarêtes (liens entre plus de deux nœuds) ; elles n’ont pas été lues.',
    conflicting_value:
      'L’organisation « {{id}} » a déjà « {{kept}} » dans la colonne « {{column}} » ; la valeur « {{ignored}} » de cette ligne n’a pas été utilisée.',
    pair_already_linked:
      'Le réseau relie déjà « {{source}} » et « {{target}} » ; les deux liens sont conservés, les mesures additionnent leurs poids.',
    pair_already_linked_summary_one:
      '{{count}} lien de ce fichier relie une paire que le réseau relie déjà : conservé, les mesures additionnent les poids.',
    pair_already_linked_summary_other:
      '{{count}} liens de ce fichier relient des paires que le réseau relie déjà : tous conservés, les mesures additionnent les poids.',
    pair_already_linked_summary_many:
      '{{count}} de liens de ce fichier relient des paires que le réseau relie déjà : tous conservés, les mesures additionnent les poids.',
    files_appended:
      'Ajouté au réseau : $t(issue.organizationsAdded, {"count": {{added}} }), $t(issue.organizationsMerged, {"count": {{merged}} }) et $t(issue.linksAdded, {"count": {{links}} }).',
    organizationsAdded_one: '{{count}} nouvelle organisation',
    organizationsAdded_other: '{{count}} nouvelles organisations',
    organizationsAdded_many: '{{count}} de nouvelles organisations',
    organizationsMerged_one: '{{count}} fusionnée par identifiant',
    organizationsMerged_other: '{{count}} fusionnées par identifiant',
    organizationsMerged_many: '{{count}} fusionnées par identifiant',
    linksAdded_one: '{{count}} nouveau lien',
    linksAdded_other: '{{count}} nouveaux liens',
    linksAdded_many: '{{count}} de nouveaux liens',
  },
  /** A notice said once for several rows (`rows`), then how many and the first ones. */
  issueGroup: {
    unknown_endpoint:
      'Aucune organisation n’a l’identifiant « {{value}} » ; une organisation provisoire a été créée et les liens qui le nomment y ont été rattachés.',
    dangling_dropped:
      'Aucune organisation ne correspond à « {{value}} » ; les liens qui le nomment ont été écartés.',
    name_matched_endpoint:
      '« {{value}} » n’est pas un identifiant ; les liens qui le nomment ont été rattachés à l’organisation de ce nom (« {{id}} »).',
    ambiguous_endpoint:
      '« {{value}} » est le nom de plusieurs organisations ({{ids}}) ; les liens qui le nomment l’ont traité comme inconnu.',
    unknown_country:
      'Pays « {{value}} » non reconnu ; les liens de ces organisations ont une échelle inconnue.',
    unknown_world_region:
      'Région du monde « {{value}} » non reconnue ; celle de chaque pays est utilisée.',
    duplicate_id:
      'L’identifiant « {{id}} » figure déjà ligne {{firstRow}} ; ces lignes suivantes n’ont pas été utilisées.',
    missing_id: 'Lignes sans identifiant : ces organisations n’ont pas été utilisées.',
    missing_name: 'Lignes sans nom : l’identifiant est affiché à la place.',
    missing_endpoint: 'Liens sans {{missing}} : ils n’ont pas été utilisés.',
    invalid_weight:
      'Poids qui ne sont pas des nombres positifs (le premier : « {{value}} ») ; 1 a été utilisé.',
    invalid_boolean:
      'Valeurs qui ne sont ni oui ni non (la première : « {{value}} ») ; ces liens ont été pris comme non orientés.',
    invalid_year:
      'Valeurs qui ne sont ni une année ni une date (la première : « {{value}} ») ; laissées vides.',
    invalid_coordinate: 'Coordonnées hors limites (la première : « {{value}} ») ; laissées vides.',
    invalid_scope:
      'Échelles qui ne sont ni locale, ni nationale, ni régionale, ni internationale (la première : « {{value}} ») ; ignorées.',
    self_link:
      'Liens qui relient une organisation à elle-même (le premier : « {{id}} ») : conservés, mais ignorés par les mesures.',
    parallel_links:
      'Liens entre une paire déjà reliée sur une ligne précédente : tous conservés, les mesures additionnent leurs poids.',
    ragged_row:
      'Lignes dont le nombre de valeurs n’est pas celui de l’en-tête, $t(issue.columns, {"count": {{columns}} }) : les valeurs en trop n’ont pas été utilisées, celles qui manquent ont été lues vides.',
    csv_syntax:
      'Guillemets non fermés ou mal placés : ils ont été lus comme du texte. Vérifiez ces lignes.',
    region_is_world_region:
      'Valeurs qui sont des régions du monde (la première : « {{value}} ») : lues comme telles, non comme des régions d’un pays.',
    pair_already_linked:
      'Liens entre une paire que le réseau relie déjà : tous conservés, les mesures additionnent leurs poids.',
    rows_one: '{{count}} ligne : {{rows}}',
    rows_other: '{{count}} lignes : {{rows}}',
    rows_many: '{{count}} lignes : {{rows}}',
  },
  area: {
    label: 'Espaces de l’application',
    explore: 'Explorer',
    analyse: 'Analyser',
    present: 'Présenter',
  },
  exportError: {
    cell_too_long:
      'la ligne {{row}} de la feuille {{sheet}} contient {{length}} caractères dans la colonne « {{column}} », plus que les {{limit}} qu’une cellule Excel peut contenir ; exportez-la plutôt en CSV.',
    too_many_rows:
      'la feuille {{sheet}} aurait besoin de {{rows}} lignes, plus que les {{limit}} qu’une feuille Excel peut contenir ; exportez-la plutôt en CSV.',
    too_many_columns:
      'la feuille {{sheet}} aurait besoin de {{columns}} colonnes, plus que les {{limit}} qu’une feuille Excel peut contenir ; exportez-la plutôt en CSV.',
  },
  export: {
    button: 'Exporter',
    whole:
      'Tout le réseau : {{organizations}} organisations et {{links}} alliances, avec toutes les mesures.',
    onScreen:
      'Le réseau à l’écran : {{organizations}} organisations et {{links}} alliances, telles que la couche et les filtres les gardent, avec leurs mesures (le fichier de projet garde tout).',
    format: {
      csv: 'CSV : organisations et alliances (deux fichiers)',
      xlsx: 'Classeur Excel (Kumu l’ouvre aussi)',
      gexf: 'GEXF, pour Gephi',
      graphml: 'GraphML, pour yEd et networkx',
      json: 'Fichier de projet : tout le travail, pour le rouvrir ici',
    },
    short: {
      csv: 'CSV',
      xlsx: 'Excel',
      gexf: 'GEXF',
      graphml: 'GraphML',
      json: 'de projet',
      svg: 'SVG',
      png: 'PNG',
    },
    pictures: 'Une image de la vue, avec son titre et sa légende :',
    picture: { svg: 'Image SVG (vectorielle, à toute taille)', png: 'Image PNG à {{scale}}×' },
    noView: 'aucun réseau n’est à l’écran pour en faire une image.',
    pictureTooLarge:
      'l’image serait plus grande que ce qu’un navigateur peut dessiner. Choisissez une échelle plus petite, ou le SVG.',
    working: 'Écriture du fichier {{format}}…',
    done: 'Enregistré : {{files}}.',
    failed: 'Rien n’a été enregistré : {{message}}',
    unavailable:
      'L’export n’a pas pu démarrer : son code n’a pas pu être chargé. Rechargez la page quand le réseau sera revenu.',
  },
  valueMapping: {
    open: 'Comment les secteurs et les types d’alliance ont été lus',
    title: 'Secteurs et types d’alliance tels que lus',
    intro:
      'Chaque valeur telle que vos fichiers l’écrivent, combien la portent et ce que l’application y a lu. Changez une lecture et appliquez : les fichiers sont relus, et les mêmes valeurs seront lues ainsi dans vos prochains imports sur cet ordinateur.',
    sector: 'Secteurs',
    linkType: 'Types d’alliance',
    written: 'Tel qu’écrit',
    count: 'Combien',
    readAs: 'Lu comme',
    readAsFor: 'Lire « {{value}} » comme',
    keep: 'Tel qu’écrit (un secteur à part)',
    remembered: '(votre choix précédent)',
    apply: 'Appliquer et relire les fichiers',
    close: 'Fermer',
  },
  analyse: {
    recomputing:
      'Mesure du réseau maintenant à l’écran… les chiffres ci-dessous sont encore ceux du réseau nommé plus haut.',
    whole: 'Tout le réseau : {{organizations}} organisations, {{links}} alliances.',
    narrowed:
      'Le réseau à l’écran : {{organizations}} organisations sur {{allOrganizations}} et {{links}} alliances sur {{allLinks}}, telles que la couche et les filtres les gardent.',
    wholeButton: 'Analyser tout le réseau',
    sameAs: 'Les mêmes chiffres en ligne de commande :',
    sections: 'Parties de l’analyse',
    section: {
      summary: 'Résumé',
      rankings: 'Classement',
      mixing: 'Mixité des secteurs',
      gaps: 'Lacunes',
      suggestions: 'Suggestions',
      report: 'Rapport des lacunes',
      periods: 'Dans le temps',
    },
  },
  periods: {
    title: 'Deux périodes comparées',
    intro:
      'Chaque période montre les organisations que gardent la couche et les filtres et les alliances actives à un moment de ses années, comme compare en ligne de commande avec les mêmes options.',
    period: 'Période {{number}}',
    from: 'De',
    to: 'À',
    notYear: 'Écrivez une année dans chaque case.',
    backwards: 'Une période ne peut pas finir avant de commencer.',
    computing: 'Calcul des deux périodes…',
    tableCaption: 'Les chiffres des deux périodes',
    figureHeader: 'Chiffre',
    change: 'Évolution',
    periodHeader: 'Période',
    valueHeader: 'Valeur',
    ofAll: '{{active}} sur {{all}}',
    points: '{{value}} points',
    file: 'periodes-comparees',
    chart: 'Densité et parts dans chaque période',
    chartNote:
      'Part intersectorielle : liens entre deux secteurs parmi tous les liens. Part internationale : alliances de portée internationale parmi les actives.',
    mixing: 'Liens entre secteurs dans chaque période',
    mixingOf: 'Liens entre secteurs, {{years}}',
    figure: {
      links: 'Alliances actives',
      begun: 'Commencées (début dans la période)',
      ended: 'Terminées (fin dans la période)',
      kept: 'Maintenues (actives dans les deux périodes)',
      active_organizations: 'Organisations avec un lien',
      ties: 'Paires liées',
      density: 'Densité',
      components: 'Composantes',
      cross_sector_share: 'Part intersectorielle',
      international_share: 'Part internationale',
    },
  },
  mixing: {
    exportSvg: 'Enregistrer en SVG',
    exportPng: 'Enregistrer en PNG',
    heatmap: {
      file: 'mixite-des-secteurs',
      show: 'Montrer dans les cases',
      mode: { observed: 'Liens', ratio: 'Observés ÷ attendus' },
      observed: 'Liens entre secteurs',
      observedNote:
        'Chaque case compte les alliances entre une organisation du secteur de la ligne et une de celui de la colonne ; la diagonale, celles au sein d’un secteur.',
      ratio: 'Liens entre secteurs, observés ÷ attendus',
      ratioNote:
        'Attendus : si les organisations choisissaient leurs partenaires sans regarder le secteur. Bleu : plus de liens qu’attendu (au-dessus de 1) ; orange : moins (en dessous de 1) ; blanc : autant. Un tiret : aucun attendu.',
    },
    ei: {
      file: 'indice-ei-par-secteur',
      title: 'Indice E-I par secteur',
      note: 'De −1 (tous les liens d’un secteur restent en son sein) à +1 (tous vont à d’autres secteurs).',
      axis: 'Indice E-I',
    },
    brokerage: {
      file: 'courtage-par-secteur',
      title: 'Courtage des organisations publiques et internationales',
      note: 'Chemins ouverts de deux pas (A–B–C sans lien entre A et C) que courtent les organisations du secteur, additionnés par rôle de Gould–Fernandez.',
      axis: 'Chemins ouverts courtés',
      organizations: 'Organisations',
      short: {
        coordinator: 'Coordinateur',
        consultant: 'Consultant',
        representative: 'Représentant',
        liaison: 'Agent de liaison',
      },
      role: {
        coordinator: 'Coordinateur (les trois d’un secteur)',
        consultant: 'Consultant (pour un autre secteur)',
        representative: 'Représentant (de son secteur)',
        liaison: 'Agent de liaison (trois secteurs)',
      },
    },
    degrees: {
      file: 'distribution-des-degres',
      title: 'Nombre de partenaires',
      note: 'Combien d’organisations ont chaque nombre de partenaires.',
      axis: 'Partenaires',
      count: 'Organisations',
    },
  },
  report: {
    title: 'Rapport des lacunes',
    print: 'Imprimer / enregistrer en PDF',
    intro:
      'Ce que montre le réseau, où manquent des alliances et quelles alliances pourraient combler les lacunes.',
    topPairs: 'Paires de secteurs les plus en deçà de ce que prédisent leurs tailles',
    counts: 'Organisations et groupes à l’écart',
    suggestions: 'Les cinq meilleures alliances suggérées',
    source: 'Données : {{name}}',
  },
  gaps: {
    title: 'Où manquent des alliances',
    intro: 'Choisissez une entrée pour la voir dans le réseau.',
    sectorPairs: 'Paires de secteurs en dessous de ce que prédisent leurs tailles',
    pair_one: '{{observed}} lien, {{expected}} attendus :',
    pair_many: '{{observed}} de liens, {{expected}} attendus :',
    pair_other: '{{observed}} liens, {{expected}} attendus :',
    ratio: '{{percent}} de ce que prédisent les tailles des secteurs',
    nothingExpected: 'aucun attendu',
    isolatedRegions: 'Régions du monde et pays liés à aucun autre',
    kind: { world_region: 'Région du monde', country: 'Pays' },
    groupSize_one: '{{organizations}} organisation, {{ties}} liens internes',
    groupSize_many: '{{organizations}} organisations, {{ties}} liens internes',
    groupSize_other: '{{organizations}} organisations, {{ties}} liens internes',
    withoutInternational: 'Secteurs sans alliance internationale',
    withoutExternal: 'Organisations sans lien hors de leur secteur',
    isolated: 'Organisations sans liens',
    smallComponents: 'Groupes à l’écart du réseau principal',
    component_one: '{{size}} organisation',
    component_many: '{{size}} organisations',
    component_other: '{{size}} organisations',
    showAll: 'Montrer de nouveau tout le réseau',
    none: 'Aucun.',
    more_one: 'et {{rest}} de plus',
    more_many: 'et {{rest}} de plus',
    more_other: 'et {{rest}} de plus',
  },
  suggestions: {
    title: 'Alliances suggérées',
    intro:
      'Des paires pas encore alliées qui ont des partenaires en commun. Choisissez-en une pour la voir dans le réseau, avec ce qu’elle changerait.',
    order: 'Ordre',
    by: { score: 'Meilleur score', gaps: 'Combler les lacunes entre secteurs' },
    none: 'Aucune suggestion pour ce réseau.',
    shared_one: '{{number}} partenaire en commun : {{names}}',
    shared_many: '{{number}} partenaires en commun : {{names}}',
    shared_other: '{{number}} partenaires en commun : {{names}}',
    joins:
      'relierait {{pair}}, une paire à {{percent}} de ce que prédisent les tailles des secteurs',
    joinsUnexpected: 'relierait {{pair}}, une paire dont les tailles ne prédisent aucun lien',
    separator: ' ; ',
    score: 'score {{score}}',
  },
  effects: {
    title: 'Ce que cette alliance changerait',
    computing: 'Calcul de ce qu’elle changerait…',
    failed: 'Ce qu’elle changerait n’a pas pu être calculé.',
    unavailable: 'Ce qu’elle changerait ne peut être calculé : l’analyse n’a pas pu être chargée.',
    pairRatio: 'Liens entre les deux secteurs, face à ce que prédisent leurs tailles',
    ei: 'Indice E-I de {{sector}}',
    betweenness: 'Intermédiarité de {{name}}',
    sectorDistance: 'Distance moyenne entre les deux secteurs',
    components: 'Composantes',
    joined: 'Réunit deux composantes en une',
    notJoined: 'Déjà dans la même composante',
  },
  rankings: {
    communityChoice: '{{community}} ({{members}} organisations)',
    title: 'Les organisations classées selon chaque mesure',
    preparing: 'Préparation du tableau…',
    shown: '{{shown}} organisations sur {{total}}',
    empty: 'Aucune organisation ne correspond à ces filtres.',
    filter: 'Nom ou identifiant',
    all: 'Tous',
    name: 'Nom',
    sector: 'Secteur',
    country: 'Pays',
    community: 'Communauté',
    export: 'Exporter en CSV',
    file: 'classement.csv',
  },
  summary: {
    title: 'Le réseau en un coup d’œil',
    waiting: 'Les mesures apparaissent ici une fois l’analyse terminée.',
    undefined: 'Non défini pour ce réseau.',
    name: {
      organizations: 'Organisations',
      links: 'Alliances',
      ties: 'Paires liées',
      components: 'Composantes',
      largest_component: 'Plus grande composante',
      density: 'Densité',
      transitivity: 'Transitivité',
      average_clustering: 'Regroupement moyen',
      diameter: 'Diamètre',
      average_path_length: 'Distance moyenne',
      modularity: 'Modularité',
      communities: 'Communautés',
      sector_assortativity: 'Assortativité par secteur',
      ei_index: 'Indice E-I',
      scopes: 'Alliances par portée',
    },
    definition: {
      organizations:
        'Toutes les organisations des données, y compris les provisoires (extrémités d’alliances absentes du fichier des organisations).',
      links:
        'Toutes les lignes d’alliances utilisées, y compris les liens d’une organisation avec elle-même.',
      ties: 'Paires d’organisations unies par au moins une alliance : plusieurs alliances entre les deux mêmes comptent une fois.',
    },
    sentence: {
      organizations: 'Organisations des données, provisoires comprises.',
      links: 'Alliances des données : partenariats, projets, financements…',
      ties: 'Paires d’organisations qui travaillent ensemble.',
      components: 'Groupes séparés : entre deux groupes, aucune chaîne d’alliances.',
      largest_component:
        '{{percent}} des organisations appartiennent au plus grand groupe connecté.',
      density: '{{percent}} de toutes les alliances possibles existent.',
      transitivity:
        'Quand deux organisations ont un partenaire commun, elles sont partenaires elles-mêmes dans {{percent}} des cas.',
      average_clustering:
        'En moyenne, {{percent}} des partenaires d’une organisation sont partenaires entre eux.',
      diameter: 'Au plus {{value}} pas entre deux organisations du plus grand groupe.',
      average_path_length:
        'En moyenne {{value}} pas entre deux organisations du plus grand groupe.',
      modularity:
        'La netteté du découpage du réseau en communautés (au-delà de 0,3 : un découpage net).',
      communities: 'Groupes d’organisations plus liées entre elles qu’avec le reste.',
      sector_assortativity:
        'Au-dessus de 0, les organisations s’allient surtout dans leur secteur ; en dessous, entre secteurs.',
      ei_index:
        'De −1 (toute alliance à l’intérieur d’un secteur) à +1 (toute alliance entre secteurs).',
      scopes: 'Alliances par portée, du local à l’international.',
    },
  },
  analysis: {
    running: 'Analyse du réseau… {{percent}} %',
    cancel: 'Annuler',
    cancelled: 'Analyse annulée.',
    failed: 'L’analyse a échoué.',
    unavailable:
      'Les mesures n’ont pas pu être calculées : l’analyse n’a pas pu être chargée (la connexion est peut-être coupée).',
    communities_one: '{{count}} communauté',
    communities_other: '{{count}} communautés',
    communities_many: '{{count}} communautés',
    modularity: 'modularité {{value}}',
    ei: 'indice E-I {{value}}',
    weighted: 'Pondéré',
    weightedHint:
      'Utiliser les poids des liens comme force du lien dans les mesures (distance = 1 / poids).',
  },
  appUpdate: {
    ready: 'Une nouvelle version est prête — rechargez quand vous le voudrez.',
    reload: 'Recharger',
    later: 'Plus tard',
    offlineReady: 'Prête à fonctionner hors ligne',
    offlineHint:
      'L’application est gardée tout entière dans ce navigateur, qui l’ouvre et la fait fonctionner sans connexion.',
  },
  notice: {
    geographic:
      'La disposition géographique n’a pas pu être chargée (la connexion est peut-être coupée) ; la disposition précédente est conservée.',
    worldOutline:
      'La carte du monde n’a pas pu être chargée (la connexion est peut-être coupée) ; les organisations sont placées sans elle.',
    forceLayout:
      'La disposition n’a pas pu être affinée : son code n’a pas pu être chargé (la connexion est peut-être coupée) ; les organisations restent où elles sont.',
    storageFull:
      'Le stockage du navigateur pour cette application est plein : les dernières modifications ne sont pas conservées sur cet appareil. Exportez un fichier de projet pour les garder, ou supprimez un espace de travail dont vous n’avez plus besoin.',
    storageUnavailable:
      'Ce navigateur ne laisse pas l’application conserver votre travail (une fenêtre privée, ou le stockage désactivé) : rien ne survivra à un rechargement. Exportez un fichier de projet pour le garder.',
    storageBlocked:
      'Le stockage de l’application ne répond pas (un autre onglet de l’application le retient peut-être) : votre travail n’est pas conservé. Fermez les autres onglets de l’application, puis rechargez.',
    storageFailed:
      'Votre travail n’a pas pu être conservé sur cet appareil : le stockage du navigateur a échoué. Exportez un fichier de projet pour le garder.',
    viewOrganizations:
      'La vue ouverte nomme des organisations que ce réseau n’a pas ; elle est affichée sans elles.',
    dismiss: 'Fermer',
  },
  workspace: {
    menu: 'Espace de travail : {{name}}',
    label: 'Espaces de travail conservés sur cet appareil',
    base: 'Espace de travail',
    inUse: 'en cours',
    summary:
      '{{organizations, number}} organisations · {{links, number}} alliances · enregistré {{when}}',
    create: 'Nouvel espace de travail',
    rename: 'Renommer',
    renameLabel: 'Nouveau nom',
    save: 'Enregistrer',
    cancel: 'Annuler',
    duplicate: 'Dupliquer',
    copy: '{{name}} (copie)',
    delete: 'Supprimer',
    confirmDelete: 'Supprimer « {{name}} » et le réseau qu’il conserve ? C’est définitif.',
    confirm: 'Le supprimer',
    restoreTitle: 'Reprendre là où vous en étiez ?',
    restoreText:
      'Le travail de votre dernière visite est conservé sur cet appareil : « {{name}} » — {{dataset}}, {{organizations, number}} organisations et {{links, number}} alliances, enregistré {{when}}.',
    continue: 'Reprendre là où j’en étais',
    fresh: 'Repartir de zéro',
    freshNote: 'Repartir de zéro garde ce travail : il reste dans le menu des espaces de travail.',
  },
  search: { label: 'Chercher une organisation', placeholder: 'Chercher une organisation…' },
  details: {
    sector: 'Secteur',
    place: 'Lieu',
    themes: 'Thèmes',
    aliases: 'Aussi appelée',
    community: 'Communauté',
    metrics: 'Mesures',
    partners_one: '{{count}} partenaire',
    partners_other: '{{count}} partenaires',
    partners_many: '{{count}} partenaires',
    rank: '{{rank}} sur {{of}}',
    partnersBySector: 'Partenaires par secteur',
    links_one: '{{count}} alliance',
    links_other: '{{count}} alliances',
    links_many: '{{count}} alliances',
    close: 'Fermer les détails',
  },
  layers: { label: 'Échelle des alliances affichées', all: 'Toutes' },
  stats: {
    organizations_one: '{{count, number}} organisation',
    organizations_other: '{{count, number}} organisations',
    organizations_many: '{{count, number}} organisations',
    alliances_one: '{{count, number}} alliance',
    alliances_other: '{{count, number}} alliances',
    alliances_many: '{{count, number}} alliances',
    organizationsOf_one: '{{visible, number}} sur {{count, number}} organisation',
    organizationsOf_other: '{{visible, number}} sur {{count, number}} organisations',
    organizationsOf_many: '{{visible, number}} sur {{count, number}} organisations',
    alliancesOf_one: '{{visible, number}} sur {{count, number}} alliance',
    alliancesOf_other: '{{visible, number}} sur {{count, number}} alliances',
    alliancesOf_many: '{{visible, number}} sur {{count, number}} alliances',
    label: 'Taille du réseau',
  },
  legend: {
    label: 'Légende',
    title: 'Secteur',
    placeholder: 'Absente du fichier des organisations',
    other: 'Autre ou aucun',
    size: 'Taille : nombre de partenaires',
    width: 'Épaisseur du trait : poids de l’alliance',
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
  worldRegion: {
    africa: 'Afrique',
    asia: 'Asie et Moyen-Orient',
    europe: 'Europe',
    latin_america_caribbean: 'Amérique latine et Caraïbes',
    north_america: 'Amérique du Nord',
    oceania: 'Océanie',
  },
  linkType: {
    partnership: 'Partenariat',
    membership: 'Adhésion',
    funding: 'Financement',
    research: 'Recherche',
    trade: 'Commerce',
    policy: 'Politique publique',
    network: 'Réseau',
  },
  theme: {
    food_sovereignty: 'Souveraineté alimentaire',
    fair_trade: 'Commerce équitable',
    housing: 'Logement',
    care: 'Économie du soin',
    circular_economy: 'Économie circulaire',
    digital_commons: 'Communs numériques',
    gender_equity: 'Égalité de genre',
    solidarity_finance: 'Finance solidaire',
    public_procurement: 'Commande publique',
    covid_recovery: 'Relance après la COVID-19',
    indigenous_economies: 'Économies autochtones',
  },
  explore: {
    toolbar: 'Explorer le réseau',
    filters: 'Filtres',
    colourBy: 'Couleur',
    sizeBy: 'Taille',
    layout: 'Disposition',
    layoutMeasure: 'Anneaux selon',
    clearAll: 'Tout effacer',
    remove: 'Retirer le filtre « {{name}} »',
    chips: 'Filtres appliqués',
    none: 'Non renseigné',
    years: 'Années d’activité',
    yearsFrom: 'De',
    yearsTo: 'À',
    thresholds: 'Seuils',
    minWeight: 'Poids minimal',
    minDegree: 'Partenaires au moins',
    any: 'tous',
    kind: {
      sectors: 'Secteur',
      countries: 'Pays',
      worldRegions: 'Région du monde',
      themes: 'Thème',
      linkTypes: 'Type d’alliance',
    },
    chip: {
      years: 'Années {{from}}–{{to}}',
      minWeight: 'Poids ≥ {{value}}',
      minDegree: 'Partenaires ≥ {{value}}',
      layer: 'Échelle : {{name}}',
      ego_one: 'Réseau ego de {{name}}, {{count}} pas',
      ego_other: 'Réseau ego de {{name}}, {{count}} pas',
      ego_many: 'Réseau ego de {{name}}, {{count}} pas',
    },
    colour: {
      sector: 'Secteur',
      community: 'Communauté',
      scope: 'Échelle',
      country: 'Pays',
      worldRegion: 'Région du monde',
      theme: 'Thème',
    },
    layouts: {
      force: 'Par forces',
      sector: 'Groupée par secteur',
      concentric: 'Concentrique selon une mesure',
      geographic: 'Géographique',
    },
    forceRunning: 'Affinage de la disposition… {{percent}} %',
  },
  keys: {
    colour: 'Couleur : {{name}}',
    size: 'Taille : {{name}}',
    lineStyle: 'Style du trait : type d’alliance',
    community: 'Communauté {{value}}',
    scopeLinks: 'Les alliances prennent la couleur de leur échelle.',
    highlight: 'Mettre en évidence « {{name}} »',
    noMeasures: 'Les mesures apparaissent à la fin de l’analyse.',
  },
  ego: {
    label: 'Afficher',
    whole: 'Tout le réseau',
    one: 'Partenaires (1 pas)',
    two: 'Partenaires des partenaires (2 pas)',
  },
  path: {
    title: 'Qui peut présenter qui',
    label: 'Chemin vers une autre organisation',
    placeholder: 'Organisation à joindre…',
    none: 'Aucune chaîne d’alliances ne les relie parmi les organisations affichées.',
    found_one: '{{count}} plus courte chaîne de $t(path.steps, {"count": {{steps}} })',
    found_other: '{{count}} plus courtes chaînes de $t(path.steps, {"count": {{steps}} })',
    found_many: '{{count}} plus courtes chaînes de $t(path.steps, {"count": {{steps}} })',
    steps_one: '{{count}} pas',
    steps_other: '{{count}} pas',
    steps_many: '{{count}} pas',
    more_one: '… et {{count}} autre',
    more_other: '… et {{count}} autres',
    more_many: '… et {{count}} autres',
    clear: 'Effacer le chemin',
  },
  edit: {
    group: 'Modifications',
    undo: 'Annuler',
    redo: 'Rétablir',
    undoKeys: 'Annuler la dernière modification (Ctrl+Z)',
    redoKeys: 'Rétablir la modification annulée (Ctrl+Maj+Z ou Ctrl+Y)',
    addOrganization: 'Ajouter une organisation',
    review_one: '{{count}} modification',
    review_many: '{{count}} modifications',
    review_other: '{{count}} modifications',
    mark: { added: 'Ajoutée', edited: 'Modifiée', removed: 'Supprimée' },
    edit: 'Modifier',
    addLink: 'Ajouter une alliance',
    remove: 'Supprimer',
    editLinkTo: 'Modifier l’alliance avec {{name}}',
    removeLinkTo: 'Supprimer l’alliance avec {{name}}',
    editOrganization: 'Modifier l’organisation',
    newOrganization: 'Nouvelle organisation',
    editLink: 'Modifier l’alliance',
    newLink: 'Nouvelle alliance',
    cancel: 'Annuler',
    save: 'Enregistrer',
    saveAnyway: 'Enregistrer quand même',
    warned:
      'Enregistré comme l’import le lirait : appuyez sur Enregistrer quand même, ou corrigez d’abord les valeurs.',
    unavailable:
      'Cette partie de l’application n’a pas pu être chargée (hors ligne ?) : la modification n’a pas été enregistrée. Réessayez une fois en ligne, ou rechargez.',
    directed: 'orientée',
    undirected: 'non orientée',
    field: {
      id: 'Identifiant',
      name: 'Nom',
      sector: 'Secteur',
      country: 'Pays',
      region: 'Région',
      city: 'Ville',
      lat: 'Latitude',
      lon: 'Longitude',
      scope: 'Échelle',
      world_region: 'Région du monde',
      themes: 'Thèmes (séparés par ;)',
      aliases: 'Autres noms, sigles (séparés par ;)',
      source: 'De (identifiant d’organisation)',
      target: 'Vers (identifiant d’organisation)',
      type: 'Type d’alliance',
      weight: 'Poids',
      directed: 'Orientée',
      since: 'Depuis (année)',
      until: 'Jusqu’à (année)',
    },
  },
  present: {
    title: 'Vues enregistrées',
    intro:
      'Enregistrez la vue à l’écran (couche, filtres, couleurs, disposition, caméra, ce qui ressort), puis présentez les vues dans l’ordre, en plein écran et en contraste élevé.',
    viewBase: 'Vue',
    viewTitle: 'Titre de la vue',
    save: 'Enregistrer cette vue',
    none: 'Aucune vue enregistrée pour l’instant.',
    rename: 'Titre',
    note: 'Note (affichée sous le titre)',
    show: 'Afficher',
    up: 'Monter',
    down: 'Descendre',
    delete: 'Supprimer',
    start: 'Présenter',
    mode: 'Présentation',
    controls: 'Récit',
    previous: 'Précédente',
    next: 'Suivante',
    position: '{{at}} sur {{total}}',
    exit: 'Terminer (Échap)',
    search: 'Trouver une organisation pour la faire ressortir avec ses partenaires',
    searchOpen: 'Chercher (/)',
    partners_one: 'et {{count}} partenaire',
    partners_many: 'et {{count}} partenaires',
    partners_other: 'et {{count}} partenaires',
    spotlightKeys: '↓ ↑ les parcourir · Entrée en suit un · Échap revient à l’histoire',
  },
  story: {
    q1: 'Comment les alliances de l’ESS ont-elles fonctionné jusqu’ici ? Doivent-elles changer ?',
    q2: 'Quel est le bénéfice concret des réseaux de recherche et d’intercoopération ?',
    q3: 'Quel est le rôle des gouvernements pour favoriser l’intercoopération ?',
    q4: 'Comment créer des réseaux thématiques ?',
    q5: 'Comment bâtir des alliances avec des secteurs pas encore engagés dans l’ESS ?',
    q6: 'Quelles organisations clés devraient porter la création d’alliances ?',
    q7: 'Comment les alliances locales et internationales peuvent-elles aider à sortir de crises comme la COVID-19 ?',
    q8: 'Quel est le rôle des organisations internationales (OCDE, CE, OIT, UNTFSSE) ?',
    q9: 'Qu’apportent les écosystèmes de l’ESS aux niveaux international, national et local ?',
    q10: 'Quels sont les défis les plus pressants des alliances internationales ?',
    part: '{{question}} — {{part}}',
    before: 'avant {{year}}',
    from: 'depuis {{year}}',
    nobody: 'aucune',
    note1:
      'Alliances commencées avant {{year}} : {{before}} ({{beforeShare}} entre secteurs différents). Depuis {{year}} : {{from}} ({{fromShare}} entre secteurs différents).',
    note2:
      'Organisations : {{organizations}} · alliances : {{alliances}} · composantes : {{components}}. Taille selon {{measure}} ; la plus grande portée : {{names}}.',
    note3:
      'Organisations gouvernementales : {{organizations}}. Leurs partenaires sont surtout de ces secteurs : {{sectors}}. Le principal intermédiaire : {{broker}}.',
    note4: 'Les thèmes les plus larges (organisations) : {{themes}}.',
    note5:
      'Paires de secteurs avec bien moins d’alliances qu’attendu : {{pairs}}. La première ressort.',
    pair: '{{a}} – {{b}} ({{observed}} pour {{expected}} attendues)',
    note6: 'La plus forte intermédiarité (les ponts entre les autres) : {{names}}.',
    note7:
      'Alliances commencées en {{from}}–{{to}} : {{started}} — locales {{local}}, nationales {{national}}, régionales {{regional}}, internationales {{international}}.',
    note8:
      'Organisations internationales : {{organizations}}, dans {{alliances}} alliances ({{international}} de portée internationale). Les principaux intermédiaires : {{names}}.',
    note9: 'Alliances de cette couche : {{alliances}} · organisations : {{organizations}}.',
    everySectorInternational: 'Chaque secteur a au moins une alliance internationale.',
    sectorsWithoutInternational: 'Secteurs sans alliance internationale : {{sectors}}.',
    noIsolatedRegion: 'Aucune région du monde n’est coupée des autres.',
    isolatedRegions: 'Coupées des autres : {{regions}}.',
    build: 'Construire l’histoire des questions directrices',
    buildNote:
      'Une vue pour chaque question directrice de la session du GSEF 2021 à laquelle les données répondent, titrée par la question, après les vues enregistrées ci-dessus ; elles se modifient comme les autres.',
    built: '{{views}} vues ajoutées pour les questions directrices.',
  },
  capture: {
    title: 'Ajouter une alliance citée dans la salle',
    open: 'Ajouter une alliance (+)',
    source: 'De',
    target: 'Avec',
    alliance: 'Alliance',
    pick: 'Une organisation du réseau, ou un nouveau nom',
    new: 'Une nouvelle organisation : indiquez ce que vous en savez.',
    year: 'Année de début',
    add: 'Ajouter',
    close: 'Fermer (Échap)',
    added: 'Ajoutée : {{source}} — {{target}}. Ctrl+Z l’annule.',
    session: 'Ajouté pendant cette séance',
    nothing: 'Rien d’ajouté pour l’instant.',
    undo: 'Annuler le dernier ajout',
    export: 'Exporter les deux fichiers CSV',
    exportFailed: 'Les fichiers CSV n’ont pas pu être écrits.',
    kind: { organization: 'organisation', link: 'alliance' },
  },
};
