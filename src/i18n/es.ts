import type { Catalogue } from './en';

export const es: Catalogue = {
  app: {
    name: 'Alliance Atlas',
    tagline: 'Quién colabora con quién en la economía social y solidaria',
  },
  dataset: {
    illustrative: 'Red ESS ilustrativa (alianzas ficticias)',
    loading: 'Cargando la red…',
  },
  language: { label: 'Idioma', en: 'English', es: 'Español', fr: 'Français' },
  punctuation: { colon: '{{label}}:' },
  import: {
    reading: 'Leyendo los archivos: sus mensajes aparecerán aquí.',
    button: 'Importar archivos',
    hint: 'Elija a la vez los archivos CSV de organizaciones y de vínculos, o un libro de Excel o de Kumu, un archivo GEXF o GraphML, o un archivo de proyecto.',
    appendButton: 'Añadir',
    appendHint:
      'Añade a la red mostrada las organizaciones y los vínculos de otros archivos: una organización cuyo id ya está en ella se fusiona con ella, y se lista cada valor que difiere.',
    progress: 'Importando… {{percent}} %',
    cancel: 'Cancelar',
    failed:
      'La importación se detuvo por un error inesperado ({{detail}}); se conserva la red en pantalla.',
    unavailable:
      'No se pudo cargar una parte de la aplicación (¿se perdió la conexión?), así que la importación no se hizo; se conserva la red en pantalla. Vuelva a intentarlo cuando la página pueda llegar a su servidor.',
    cancelled: 'Importación cancelada; se sigue mostrando la red anterior.',
    shownOf_one: 'Se muestran {{shown}} de {{count}} mensaje.',
    shownOf_many: 'Se muestran {{shown}} de {{count}} mensajes.',
    shownOf_other: 'Se muestran {{shown}} de {{count}} mensajes.',
    more_one: 'Mostrar {{count}} más',
    more_many: 'Mostrar {{count}} más',
    more_other: 'Mostrar {{count}} más',
    messages: 'Mensajes de la importación',
    summary_error_one: '{{count}} error',
    summary_error_other: '{{count}} errores',
    summary_error_many: '{{count}} errores',
    summary_warning_one: '{{count}} advertencia',
    summary_warning_other: '{{count}} advertencias',
    summary_warning_many: '{{count}} advertencias',
    summary_info_one: '{{count}} nota',
    summary_info_other: '{{count}} notas',
    summary_info_many: '{{count}} notas',
    none: 'No se encontraron problemas en los archivos.',
    show: 'Mostrar mensajes',
    hide: 'Ocultar mensajes',
    levelHeader: 'Nivel',
    file: 'Archivo',
    row: 'Fila',
    column: 'Columna',
    message: 'Mensaje',
    level: { error: 'Error', warning: 'Advertencia', info: 'Nota' },
    wholeFile: 'todo el archivo',
    rowsOf_one: 'Fila {{first}} y {{count}} más',
    rowsOf_many: 'Fila {{first}} y {{count}} más',
    rowsOf_other: 'Fila {{first}} y {{count}} más',
    rowsMore_one: '… y {{count}} más',
    rowsMore_many: '… y {{count}} más',
    rowsMore_other: '… y {{count}} más',
  },
  linksOnly: {
    title: '¿Reemplazar la red por las alianzas de {{file}}?',
    explain:
      '{{file}} solo contiene alianzas: las organizaciones serán los extremos que nombra, sin sector, país ni otros datos, y la red que se muestra será reemplazada.',
    hint: 'Para conservar los datos de las organizaciones, elija su archivo junto con este.',
    confirm: 'Importar solo las alianzas',
    cancel: 'Cancelar',
  },
  mapping: {
    title: '¿Qué es cada columna de {{file}}?',
    explain:
      'No se reconoció ningún nombre de columna. Indique qué contiene cada una; las demás se conservan como atributos.',
    kind: 'Este archivo contiene',
    organizations: 'organizaciones',
    links: 'vínculos (alianzas)',
    column: 'Columna del archivo',
    field: 'Significa',
    keep: '— conservar como atributo —',
    unnamed: 'Columna {{n}}',
    required: 'Falta todavía: {{fields}}.',
    apply: 'Importar con estas columnas',
    dismiss: 'Cerrar',
    fields: {
      organizations: {
        id: 'Identificador (único)',
        name: 'Nombre',
        sector: 'Sector',
        country: 'País',
        region: 'Región (estado, provincia)',
        city: 'Ciudad',
        lat: 'Latitud',
        lon: 'Longitud',
        scope: 'Ámbito (de local a internacional)',
        world_region: 'Región del mundo',
        themes: 'Temas',
      },
      links: {
        source: 'Origen (identificador de una organización)',
        target: 'Destino (identificador de una organización)',
        type: 'Tipo de alianza',
        weight: 'Peso',
        directed: 'Dirigido (sí o no)',
        since: 'Desde (año o fecha)',
        until: 'Hasta (año o fecha)',
        scope: 'Ámbito (en lugar del deducido)',
        themes: 'Temas',
      },
    },
  },
  unusable: {
    no_file:
      'No se indicó ningún archivo: importe un archivo de organizaciones, uno de vínculos o ambos.',
    empty: '{{file}} está vacío: no tiene fila de encabezados ni datos.',
    binary:
      '{{file}} no es un archivo CSV de texto (parece {{kind}}); guárdelo desde la hoja de cálculo como CSV e importe ese.',
    no_header: '{{file}} no tiene fila de encabezados: todas sus filas están vacías.',
    headerless:
      '{{file}} parece no tener fila de encabezados: su primera fila ({{firstRow}}) parece datos, no nombres de columna; agregue una primera fila que nombre las columnas (origen, destino para las alianzas; id, nombre para las organizaciones).',
    adjacency_matrix:
      '{{file}} parece una matriz de adyacencia (filas y columnas de 0 y 1), no una tabla con fila de encabezados; escriba sus alianzas una por fila, con columnas de origen y destino.',
    space_delimited:
      '{{file}} parece separar sus columnas con espacios, pero su primera fila ({{firstRow}}) no nombra ninguna columna conocida; guárdelo con comas, punto y coma o tabuladores entre las columnas y una primera fila que las nombre (origen, destino para las alianzas; id, nombre para las organizaciones).',
    no_source: '{{file}} no tiene columna de origen (se buscó: {{lookedFor}}).',
    no_target: '{{file}} no tiene columna de destino (se buscó: {{lookedFor}}).',
    no_ends: '{{file}} no tiene columnas de origen y destino (se buscó: {{lookedFor}}).',
    no_ids: '{{file}} no tiene columna de id ni de nombre (se buscó: {{lookedFor}}).',
    unrecognised:
      '{{file}} no tiene columna de id o nombre ni columnas de origen y destino: su primera fila dice {{firstRow}} (se buscó: {{lookedFor}}).',
    two_links_files:
      '{{first}} y {{file}} parecen ambos archivos de vínculos; importe un archivo de organizaciones y uno de vínculos.',
    two_organizations_files:
      '{{first}} y {{file}} parecen ambos archivos de organizaciones; importe un archivo de organizaciones y uno de vínculos.',
    not_project: '{{file}} no es un archivo de proyecto de Alliance Atlas.',
    newer_project:
      '{{file}} se guardó con una versión más reciente de Alliance Atlas (versión de proyecto {{version}}); esta abre versiones hasta la {{supported}}.',
    invalid_project:
      '{{file}} es un archivo de proyecto de Alliance Atlas, pero su campo {{where}} no es válido.',
    other_xml:
      '{{file}} es un archivo XML pero no es GEXF ni GraphML, los formatos de red que lee la aplicación.',
    bad_xml:
      '{{file}} no es XML bien formado (línea {{line}}: {{detail}}), así que no se puede leer; expórtelo de nuevo.',
    bad_workbook:
      '{{file}} es un archivo ZIP, pero no se pudo leer ningún libro en él; ábralo en una hoja de cálculo y guárdelo de nuevo como .xlsx.',
    no_nodes: '{{file}} no tiene nodos ni aristas.',
  },
  binaryKind: {
    zip: 'un archivo ZIP o un libro de Excel (.xlsx)',
    xls: 'un libro de Excel antiguo (.xls)',
    pdf: 'un documento PDF',
    png: 'una imagen PNG',
    jpeg: 'una imagen JPEG',
    other: 'un archivo binario',
  },
  issue: {
    encoding_fallback:
      'El archivo no es UTF-8 válido; se leyó como Windows-1252 (Excel). Revise los acentos.',
    duplicate_id:
      'El id de organización «{{id}}» ya aparece en la fila {{firstRow}}; esta fila no se usó.',
    missing_id: 'Esta fila no tiene id, así que la organización no se usó.',
    missing_name: 'Sin nombre: se muestra el id en su lugar.',
    missing_endpoint: 'Al vínculo le falta {{missing}}, así que no se usó.',
    unknown_endpoint:
      'Ninguna organización tiene el id «{{value}}»; se creó una organización provisional.',
    unknown_endpoint_summary_one:
      'Se creó {{count}} organización solo a partir del archivo de vínculos.',
    unknown_endpoint_summary_other:
      'Se crearon {{count}} organizaciones solo a partir del archivo de vínculos.',
    unknown_endpoint_summary_many:
      'Se crearon {{count}} organizaciones solo a partir del archivo de vínculos.',
    dangling_dropped: 'Ninguna organización coincide con «{{value}}»; se descartó el vínculo.',
    name_matched_endpoint:
      '«{{value}}» no es un id; coincidió con la organización de ese nombre (id «{{id}}»).',
    ambiguous_endpoint_one:
      '«{{value}}» coincide por nombre con {{count}} organización ({{ids}}); se trató como desconocido.',
    ambiguous_endpoint_other:
      '«{{value}}» coincide por nombre con {{count}} organizaciones ({{ids}}); se trató como desconocido.',
    ambiguous_endpoint_many:
      '«{{value}}» coincide por nombre con {{count}} organizaciones ({{ids}}); se trató como desconocido.',
    self_link: 'El vínculo une «{{id}}» consigo misma: se conserva, pero las métricas lo ignoran.',
    invalid_weight: 'El peso «{{value}}» no es un número positivo; se usó 1.',
    unknown_country: 'No se reconoció el país «{{value}}»; sus vínculos tienen ámbito desconocido.',
    unknown_world_region: 'No se reconoció la región del mundo «{{value}}»; se usa la del país.',
    custom_sector_one:
      'El sector «{{value}}» no es uno de los habituales; se conserva tal cual ({{count}} organización).',
    custom_sector_other:
      'El sector «{{value}}» no es uno de los habituales; se conserva tal cual ({{count}} organizaciones).',
    custom_sector_many:
      'El sector «{{value}}» no es uno de los habituales; se conserva tal cual ({{count}} organizaciones).',
    invalid_boolean: '«{{value}}» no es sí o no; el vínculo se tomó como no dirigido.',
    invalid_year: '«{{value}}» no es un año ni una fecha; se dejó vacío.',
    invalid_coordinate: 'La coordenada «{{value}}» está fuera de rango; se dejó vacía.',
    invalid_scope:
      'El ámbito «{{value}}» no es local, nacional, regional ni internacional; se ignoró.',
    parallel_links:
      'Hay otro vínculo entre «{{source}}» y «{{target}}» en la fila {{firstRow}}; se conservan ambos y las métricas suman sus pesos.',
    ragged_row:
      'La fila tiene $t(issue.values, {"count": {{values}} }) para $t(issue.columns, {"count": {{columns}} }).',
    values_one: '{{count}} valor',
    values_other: '{{count}} valores',
    values_many: '{{count}} valores',
    columns_one: '{{count}} columna',
    columns_other: '{{count}} columnas',
    columns_many: '{{count}} columnas',
    unknown_column: 'Esta columna no es un campo conocido; se conserva como atributo.',
    duplicate_column: 'Este nombre de columna aparece dos veces; se usa la primera.',
    csv_syntax: 'Hay comillas sin cerrar o mal colocadas; se leyeron como texto. Revise esta fila.',
    lookalike_id:
      'El id «{{id}}» se ve igual que «{{firstId}}» de la fila {{firstRow}}, pero difiere en caracteres invisibles o en la codificación de los acentos; se conservaron ambos.',
    reversed_years:
      'El inicio {{since}} es posterior al fin {{until}}; se conservaron tal como están escritos.',
    alias_column:
      'Esta columna también nombra el campo {{field}}, como la columna «{{used}}», que es la que se usó; se conserva como atributo.',
    computed_column:
      'Estas columnas contienen valores que calcula la aplicación ({{columns}}); no se leyeron y se calculan de nuevo.',
    placeholder_rows_one:
      'La fila {{rows}} es una organización provisional (un extremo de vínculo que no coincidió con ninguna organización): los vínculos que la nombran la crean de nuevo.',
    placeholder_rows_other:
      'Las filas {{rows}} son {{count}} organizaciones provisionales (extremos de vínculos que no coincidieron con ninguna organización): los vínculos que las nombran las crean de nuevo.',
    placeholder_rows_many:
      'Las filas {{rows}} son {{count}} organizaciones provisionales (extremos de vínculos que no coincidieron con ninguna organización): los vínculos que las nombran las crean de nuevo.',
    project_migrated:
      'El archivo de proyecto se guardó en la versión {{from}}; se actualizó a la versión {{to}}.',
    alias_column_filled_one:
      'Esta columna también nombra el campo {{field}}, como la columna «{{used}}», que es la que se usó; esta lo completó en {{count}} fila donde «{{used}}» está vacía o dice NA ({{rows}}) y se conserva como atributo.',
    alias_column_filled_other:
      'Esta columna también nombra el campo {{field}}, como la columna «{{used}}», que es la que se usó; esta lo completó en {{count}} filas donde «{{used}}» está vacía o dice NA ({{rows}}) y se conserva como atributo.',
    alias_column_filled_many:
      'Esta columna también nombra el campo {{field}}, como la columna «{{used}}», que es la que se usó; esta lo completó en {{count}} filas donde «{{used}}» está vacía o dice NA ({{rows}}) y se conserva como atributo.',
    no_organizations:
      'El archivo tiene encabezados pero ninguna fila: las organizaciones son las que nombran los vínculos, si los hay.',
    no_links: 'El archivo tiene encabezados pero ninguna fila: la red no tiene alianzas.',
    typed_column:
      'Esta columna se leyó como el campo {{field}}: «{{suffix}}» tras su nombre se tomó por el tipo de sus valores.',
    long_as_longitude:
      'Esta columna se leyó como la longitud, junto a la latitud de la columna «{{latitude}}».',
    long_not_longitude:
      'Esta columna se conserva como atributo: sin columna de latitud no tiene por qué ser una longitud.',
    region_is_world_region:
      '«{{value}}» es una región del mundo; se leyó como tal, no como una región dentro de un país.',
    name_as_id:
      'Sin columna de id: el nombre de cada organización (columna «{{column}}») es su id, y los vínculos deben nombrar las organizaciones por él.',
    sheet_ignored: 'La hoja «{{sheet}}» está marcada (ignore), como en Kumu: se dejó de lado.',
    sheet_unrecognised:
      'La hoja «{{sheet}}» no tiene columna de id o nombre ni columnas de origen y destino: se dejó de lado.',
    sheet_same_kind:
      'La hoja «{{sheet}}» se parece a la hoja «{{used}}», que es la que se leyó: se dejó de lado.',
    dynamic_network:
      'La red cambia con el tiempo: se tomó el último valor de cada atributo, se incluyen todos los nodos y aristas, y el inicio y el fin de las aristas son su desde y su hasta.',
    hyperedges_skipped_one:
      'El archivo tiene {{count}} hiperarista (un lazo entre más de dos nodos); no se leyó.',
    hyperedges_skipped_other:
      'El archivo tiene {{count}} hiperaristas (lazos entre más de dos nodos); no se leyeron.',
    hyperedges_skipped_many:
      'El archivo tiene {{count}} hiperaristas (lazos entre más de dos nodos); no se leyeron.',
    conflicting_value:
      'La organización «{{id}}» ya tiene «{{kept}}» en la columna «{{column}}»; no se usó el valor «{{ignored}}» de esta fila.',
    pair_already_linked:
      'La red ya vincula «{{source}}» y «{{target}}»; se conservan ambos vínculos y las métricas suman sus pesos.',
    pair_already_linked_summary_one:
      '{{count}} vínculo de este archivo une un par que la red ya vincula: se conserva y las métricas suman los pesos.',
    pair_already_linked_summary_other:
      '{{count}} vínculos de este archivo unen pares que la red ya vincula: se conservan todos y las métricas suman los pesos.',
    pair_already_linked_summary_many:
      '{{count}} vínculos de este archivo unen pares que la red ya vincula: se conservan todos y las métricas suman los pesos.',
    files_appended:
      'Añadido a la red: $t(issue.organizationsAdded, {"count": {{added}} }), $t(issue.organizationsMerged, {"count": {{merged}} }) y $t(issue.linksAdded, {"count": {{links}} }).',
    organizationsAdded_one: '{{count}} organización nueva',
    organizationsAdded_other: '{{count}} organizaciones nuevas',
    organizationsAdded_many: '{{count}} de organizaciones nuevas',
    organizationsMerged_one: '{{count}} fusionada por id',
    organizationsMerged_other: '{{count}} fusionadas por id',
    organizationsMerged_many: '{{count}} fusionadas por id',
    linksAdded_one: '{{count}} vínculo nuevo',
    linksAdded_other: '{{count}} vínculos nuevos',
    linksAdded_many: '{{count}} de vínculos nuevos',
  },
  /** A notice said once for several rows (`rows`), then how many and the first ones. */
  issueGroup: {
    unknown_endpoint:
      'Ninguna organización tiene el id «{{value}}»; se creó una organización provisional y se le unieron los vínculos que lo nombran.',
    dangling_dropped:
      'Ninguna organización coincide con «{{value}}»; se descartaron los vínculos que lo nombran.',
    name_matched_endpoint:
      '«{{value}}» no es un id; los vínculos que lo nombran se unieron a la organización de ese nombre (id «{{id}}»).',
    ambiguous_endpoint:
      '«{{value}}» es el nombre de varias organizaciones ({{ids}}); los vínculos que lo nombran lo trataron como desconocido.',
    unknown_country:
      'No se reconoció el país «{{value}}»; los vínculos de estas organizaciones tienen ámbito desconocido.',
    unknown_world_region:
      'No se reconoció la región del mundo «{{value}}»; se usa la de cada país.',
    duplicate_id:
      'El id de organización «{{id}}» ya aparece en la fila {{firstRow}}; estas filas posteriores no se usaron.',
    missing_id: 'Filas sin id: estas organizaciones no se usaron.',
    missing_name: 'Filas sin nombre: se muestra el id en su lugar.',
    missing_endpoint: 'Vínculos sin {{missing}}: no se usaron.',
    invalid_weight: 'Pesos que no son números positivos (el primero: «{{value}}»); se usó 1.',
    invalid_boolean:
      'Valores que no son sí o no (el primero: «{{value}}»); estos vínculos se tomaron como no dirigidos.',
    invalid_year:
      'Valores que no son un año ni una fecha (el primero: «{{value}}»); se dejaron vacíos.',
    invalid_coordinate: 'Coordenadas fuera de rango (la primera: «{{value}}»); se dejaron vacías.',
    invalid_scope:
      'Ámbitos que no son local, nacional, regional ni internacional (el primero: «{{value}}»); se ignoraron.',
    self_link:
      'Vínculos que unen una organización consigo misma (el primero: «{{id}}»): se conservan, pero las métricas los ignoran.',
    parallel_links:
      'Vínculos entre un par ya vinculado en una fila anterior: se conservan todos y las métricas suman sus pesos.',
    ragged_row:
      'Filas cuyo número de valores no es el del encabezado, $t(issue.columns, {"count": {{columns}} }): los valores de más no se usaron y los que faltan se leyeron vacíos.',
    csv_syntax: 'Comillas sin cerrar o mal colocadas: se leyeron como texto. Revise estas filas.',
    region_is_world_region:
      'Valores que son regiones del mundo (el primero: «{{value}}»): se leyeron como tales, no como regiones dentro de un país.',
    pair_already_linked:
      'Vínculos entre un par que la red ya vincula: se conservan todos y las métricas suman sus pesos.',
    rows_one: '{{count}} fila: {{rows}}',
    rows_other: '{{count}} filas: {{rows}}',
    rows_many: '{{count}} filas: {{rows}}',
  },
  area: { label: 'Áreas de la aplicación', explore: 'Explorar', analyse: 'Analizar' },
  exportError: {
    cell_too_long:
      'la fila {{row}} de la hoja {{sheet}} tiene {{length}} caracteres en la columna «{{column}}», más de los {{limit}} que caben en una celda de Excel; expórtela como CSV.',
    too_many_rows:
      'la hoja {{sheet}} necesitaría {{rows}} filas, más de las {{limit}} que caben en una hoja de Excel; expórtela como CSV.',
    too_many_columns:
      'la hoja {{sheet}} necesitaría {{columns}} columnas, más de las {{limit}} que caben en una hoja de Excel; expórtela como CSV.',
  },
  export: {
    button: 'Exportar',
    whole:
      'Toda la red: {{organizations}} organizaciones y {{links}} alianzas, con todas las medidas.',
    onScreen:
      'La red en pantalla: {{organizations}} organizaciones y {{links}} alianzas, según la capa y los filtros, con sus medidas (el archivo de proyecto guarda todo).',
    format: {
      csv: 'CSV: organizaciones y alianzas (dos archivos)',
      xlsx: 'Libro de Excel (Kumu también lo abre)',
      gexf: 'GEXF, para Gephi',
      graphml: 'GraphML, para yEd y networkx',
      json: 'Archivo de proyecto: todo el trabajo, para volver a abrirlo aquí',
    },
    short: {
      csv: 'CSV',
      xlsx: 'Excel',
      gexf: 'GEXF',
      graphml: 'GraphML',
      json: 'de proyecto',
      svg: 'SVG',
      png: 'PNG',
    },
    pictures: 'Una imagen de la vista, con su título y su leyenda:',
    picture: { svg: 'Imagen SVG (vectorial, a cualquier tamaño)', png: 'Imagen PNG a {{scale}}×' },
    noView: 'no hay ninguna red en pantalla de la que hacer una imagen.',
    pictureTooLarge:
      'la imagen sería más grande de lo que un navegador puede dibujar. Elija una escala menor, o SVG.',
    working: 'Escribiendo el archivo {{format}}…',
    done: 'Guardado: {{files}}.',
    failed: 'No se guardó nada: {{message}}',
    unavailable:
      'La exportación no pudo empezar: no se pudo cargar su código. Recargue la página cuando vuelva la red.',
  },
  valueMapping: {
    open: 'Cómo se leyeron los sectores y los tipos de alianza',
    title: 'Sectores y tipos de alianza tal como se leyeron',
    intro:
      'Cada valor como lo escriben sus archivos, cuántos lo tienen y cómo lo leyó la aplicación. Cambie una lectura y aplíquela: los archivos se leen de nuevo, y los mismos valores se leerán así en sus próximas importaciones en esta computadora.',
    sector: 'Sectores',
    linkType: 'Tipos de alianza',
    written: 'Tal como está escrito',
    count: 'Cuántos',
    readAs: 'Leído como',
    readAsFor: 'Leer «{{value}}» como',
    keep: 'Tal como está escrito (un sector propio)',
    remembered: '(su elección anterior)',
    apply: 'Aplicar y leer de nuevo los archivos',
    close: 'Cerrar',
  },
  analyse: {
    recomputing:
      'Midiendo la red que ahora está en pantalla… las cifras de abajo aún son las de la red nombrada arriba.',
    whole: 'Toda la red: {{organizations}} organizaciones, {{links}} alianzas.',
    narrowed:
      'La red en pantalla: {{organizations}} de {{allOrganizations}} organizaciones y {{links}} de {{allLinks}} alianzas, según la capa y los filtros.',
    wholeButton: 'Analizar toda la red',
    sameAs: 'Las mismas cifras desde la línea de comandos:',
    sections: 'Partes del análisis',
    section: {
      summary: 'Resumen',
      rankings: 'Clasificación',
      mixing: 'Mezcla de sectores',
      gaps: 'Vacíos',
      suggestions: 'Sugerencias',
      report: 'Informe de vacíos',
      periods: 'En el tiempo',
    },
  },
  periods: {
    title: 'Dos periodos comparados',
    intro:
      'Cada periodo muestra las organizaciones que conservan la capa y los filtros y las alianzas activas en algún momento de sus años, como compare en la línea de comandos con las mismas opciones.',
    period: 'Periodo {{number}}',
    from: 'Desde',
    to: 'Hasta',
    notYear: 'Escriba un año en cada casilla.',
    backwards: 'Un periodo no puede terminar antes de empezar.',
    computing: 'Calculando los dos periodos…',
    tableCaption: 'Las cifras de los dos periodos',
    figureHeader: 'Cifra',
    change: 'Cambio',
    periodHeader: 'Periodo',
    valueHeader: 'Valor',
    ofAll: '{{active}} de {{all}}',
    points: '{{value}} puntos',
    file: 'periodos-comparados',
    chart: 'Densidad y proporciones en cada periodo',
    chartNote:
      'Proporción intersectorial: vínculos entre dos sectores entre todos los vínculos. Proporción internacional: alianzas de alcance internacional entre las activas.',
    mixing: 'Vínculos entre sectores en cada periodo',
    mixingOf: 'Vínculos entre sectores, {{years}}',
    figure: {
      links: 'Alianzas activas',
      begun: 'Iniciadas (desde, en el periodo)',
      ended: 'Terminadas (hasta, en el periodo)',
      kept: 'Mantenidas (activas en ambos periodos)',
      active_organizations: 'Organizaciones con un vínculo',
      ties: 'Pares vinculados',
      density: 'Densidad',
      components: 'Componentes',
      cross_sector_share: 'Proporción intersectorial',
      international_share: 'Proporción internacional',
    },
  },
  mixing: {
    exportSvg: 'Guardar como SVG',
    exportPng: 'Guardar como PNG',
    heatmap: {
      file: 'mezcla-de-sectores',
      show: 'Mostrar en las celdas',
      mode: { observed: 'Vínculos', ratio: 'Observados ÷ esperados' },
      observed: 'Vínculos entre sectores',
      observedNote:
        'Cada celda cuenta las alianzas entre una organización del sector de la fila y una del de la columna; la diagonal, las de dentro de un sector.',
      ratio: 'Vínculos entre sectores, observados ÷ esperados',
      ratioNote:
        'Esperados: si las organizaciones eligieran a sus socias sin mirar el sector. Azul: más vínculos de los esperados (más de 1); naranja: menos (menos de 1); blanco: los mismos. Un guion: no se esperaba ninguno.',
    },
    ei: {
      file: 'indice-ei-por-sector',
      title: 'Índice E-I por sector',
      note: 'De −1 (todos los vínculos de un sector quedan dentro de él) a +1 (todos van a otros sectores).',
      axis: 'Índice E-I',
    },
    brokerage: {
      file: 'intermediacion-por-sector',
      title: 'Intermediación de las organizaciones gubernamentales e internacionales',
      note: 'Caminos abiertos de dos pasos (A–B–C sin vínculo entre A y C) que intermedian las organizaciones del sector, sumados por rol de Gould–Fernandez.',
      axis: 'Caminos abiertos intermediados',
      organizations: 'Organizaciones',
      short: {
        coordinator: 'Coordinador',
        consultant: 'Consultor',
        representative: 'Representante',
        liaison: 'Enlace',
      },
      role: {
        coordinator: 'Coordinador (los tres de un sector)',
        consultant: 'Consultor (para otro sector)',
        representative: 'Representante (de su sector)',
        liaison: 'Enlace (tres sectores)',
      },
    },
    degrees: {
      file: 'distribucion-de-grado',
      title: 'Número de socias',
      note: 'Cuántas organizaciones tienen cada número de socias.',
      axis: 'Socias',
      count: 'Organizaciones',
    },
  },
  report: {
    title: 'Informe de vacíos',
    print: 'Imprimir / guardar como PDF',
    intro: 'Lo que muestra la red, dónde faltan alianzas y qué alianzas podrían cerrar los vacíos.',
    topPairs: 'Pares de sectores más por debajo de lo que predicen sus tamaños',
    counts: 'Organizaciones y grupos aparte',
    suggestions: 'Las cinco mejores alianzas sugeridas',
    source: 'Datos: {{name}}',
  },
  gaps: {
    title: 'Dónde faltan alianzas',
    intro: 'Elija una entrada para verla en la red.',
    sectorPairs: 'Pares de sectores por debajo de lo que predicen sus tamaños',
    pair_one: '{{observed}} vínculo, {{expected}} esperados:',
    pair_many: '{{observed}} de vínculos, {{expected}} esperados:',
    pair_other: '{{observed}} vínculos, {{expected}} esperados:',
    ratio: '{{percent}} de lo que predicen los tamaños de los sectores',
    nothingExpected: 'no se espera ninguno',
    isolatedRegions: 'Regiones del mundo y países sin vínculo con otros',
    kind: { world_region: 'Región del mundo', country: 'País' },
    groupSize_one: '{{organizations}} organización, {{ties}} vínculos internos',
    groupSize_many: '{{organizations}} organizaciones, {{ties}} vínculos internos',
    groupSize_other: '{{organizations}} organizaciones, {{ties}} vínculos internos',
    withoutInternational: 'Sectores sin alianza internacional',
    withoutExternal: 'Organizaciones sin vínculo fuera de su sector',
    isolated: 'Organizaciones sin vínculos',
    smallComponents: 'Grupos separados de la red principal',
    component_one: '{{size}} organización',
    component_many: '{{size}} organizaciones',
    component_other: '{{size}} organizaciones',
    showAll: 'Volver a mostrar toda la red',
    none: 'Ninguno.',
    more_one: 'y {{rest}} más',
    more_many: 'y {{rest}} más',
    more_other: 'y {{rest}} más',
  },
  suggestions: {
    title: 'Alianzas sugeridas',
    intro:
      'Pares aún no aliados que comparten socios. Elija uno para verlo en la red y lo que cambiaría.',
    order: 'Orden',
    by: { score: 'Mejor puntuación', gaps: 'Cerrar vacíos entre sectores' },
    none: 'No hay sugerencias para esta red.',
    shared_one: '{{number}} socio en común: {{names}}',
    shared_many: '{{number}} socios en común: {{names}}',
    shared_other: '{{number}} socios en común: {{names}}',
    joins: 'uniría {{pair}}, un par al {{percent}} de lo que predicen los tamaños de los sectores',
    joinsUnexpected: 'uniría {{pair}}, un par cuyos tamaños no predicen ningún vínculo',
    separator: '; ',
    score: 'puntuación {{score}}',
  },
  effects: {
    title: 'Qué cambiaría esta alianza',
    computing: 'Calculando qué cambiaría…',
    failed: 'No se pudo calcular qué cambiaría.',
    unavailable: 'No se puede calcular qué cambiaría: no se pudo cargar el análisis.',
    pairRatio: 'Vínculos entre los dos sectores, frente a lo que predicen sus tamaños',
    ei: 'Índice E-I de {{sector}}',
    betweenness: 'Intermediación de {{name}}',
    sectorDistance: 'Distancia media entre los dos sectores',
    components: 'Componentes',
    joined: 'Une dos componentes en uno',
    notJoined: 'Ya están en el mismo componente',
  },
  rankings: {
    communityChoice: '{{community}} ({{members}} organizaciones)',
    title: 'Organizaciones clasificadas por cada medida',
    preparing: 'Preparando la tabla…',
    shown: '{{shown}} de {{total}} organizaciones',
    empty: 'Ninguna organización cumple estos filtros.',
    filter: 'Nombre o identificador',
    all: 'Todos',
    name: 'Nombre',
    sector: 'Sector',
    country: 'País',
    community: 'Comunidad',
    export: 'Exportar CSV',
    file: 'clasificacion.csv',
  },
  summary: {
    title: 'La red de un vistazo',
    waiting: 'Las medidas aparecen aquí cuando termina el análisis.',
    undefined: 'No está definido para esta red.',
    name: {
      organizations: 'Organizaciones',
      links: 'Alianzas',
      ties: 'Pares vinculados',
      components: 'Componentes',
      largest_component: 'Componente mayor',
      density: 'Densidad',
      transitivity: 'Transitividad',
      average_clustering: 'Agrupamiento medio',
      diameter: 'Diámetro',
      average_path_length: 'Distancia media',
      modularity: 'Modularidad',
      communities: 'Comunidades',
      sector_assortativity: 'Asortatividad por sector',
      ei_index: 'Índice E-I',
      scopes: 'Alianzas por alcance',
    },
    definition: {
      organizations:
        'Todas las organizaciones de los datos, incluidas las provisionales (extremos de alianzas que no están en el archivo de organizaciones).',
      links:
        'Todas las filas de alianzas usadas, incluidos los lazos de una organización consigo misma.',
      ties: 'Pares de organizaciones unidas por al menos una alianza: varias alianzas entre las mismas dos cuentan una vez.',
    },
    sentence: {
      organizations: 'Organizaciones en los datos, incluidas las provisionales.',
      links: 'Alianzas en los datos: colaboraciones, proyectos, financiamiento…',
      ties: 'Pares de organizaciones que trabajan juntas.',
      components: 'Grupos separados: entre dos grupos no hay ninguna cadena de alianzas.',
      largest_component: 'El {{percent}} de las organizaciones pertenece al mayor grupo conectado.',
      density: 'Existe el {{percent}} de todas las alianzas posibles.',
      transitivity:
        'Cuando dos organizaciones comparten un socio, son socias entre sí el {{percent}} de las veces.',
      average_clustering:
        'En promedio, el {{percent}} de los socios de una organización son socios entre sí.',
      diameter: 'Como máximo {{value}} pasos entre dos organizaciones del mayor grupo.',
      average_path_length: 'En promedio {{value}} pasos entre dos organizaciones del mayor grupo.',
      modularity:
        'Qué tan claramente se divide la red en comunidades (más de 0,3: una división clara).',
      communities: 'Grupos de organizaciones más unidas entre sí que con el resto.',
      sector_assortativity:
        'Por encima de 0, las organizaciones se alían sobre todo dentro de su sector; por debajo, entre sectores.',
      ei_index: 'De −1 (toda alianza dentro de un sector) a +1 (toda alianza entre sectores).',
      scopes: 'Alianzas por alcance, de lo local a lo internacional.',
    },
  },
  analysis: {
    running: 'Analizando la red… {{percent}} %',
    cancel: 'Cancelar',
    cancelled: 'Análisis cancelado.',
    failed: 'El análisis falló.',
    unavailable:
      'No se pudieron calcular las métricas: no se pudo cargar el análisis (quizá no haya conexión).',
    communities_one: '{{count}} comunidad',
    communities_other: '{{count}} comunidades',
    communities_many: '{{count}} comunidades',
    modularity: 'modularidad {{value}}',
    ei: 'índice E-I {{value}}',
    weighted: 'Ponderado',
    weightedHint:
      'Usar los pesos de los vínculos como fuerza del lazo en las métricas (distancia = 1 / peso).',
  },
  appUpdate: {
    ready: 'Hay una versión nueva lista — recargue cuando le convenga.',
    reload: 'Recargar',
    later: 'Más tarde',
    offlineReady: 'Lista para trabajar sin conexión',
    offlineHint:
      'La aplicación entera se guarda en este navegador: se abre y funciona sin conexión.',
  },
  notice: {
    geographic:
      'No se pudo cargar la disposición geográfica (quizá no haya conexión); se mantiene la disposición anterior.',
    worldOutline:
      'No se pudo cargar el mapa del mundo (quizá no haya conexión); las organizaciones se colocan sin él.',
    forceLayout:
      'No se pudo afinar la disposición: no se pudo cargar su código (quizá no haya conexión); las organizaciones se quedan donde están.',
    storageFull:
      'El almacenamiento del navegador para esta aplicación está lleno: los últimos cambios no se guardan en este equipo. Exporte un archivo de proyecto para conservarlos, o borre un espacio de trabajo que ya no necesite.',
    storageUnavailable:
      'Este navegador no deja que la aplicación guarde su trabajo (una ventana privada, o el almacenamiento desactivado): nada sobrevivirá a una recarga. Exporte un archivo de proyecto para conservarlo.',
    storageBlocked:
      'El almacenamiento de la aplicación no responde (otra pestaña de la aplicación puede estar ocupándolo): su trabajo no se está guardando. Cierre las otras pestañas de la aplicación y recargue.',
    storageFailed:
      'Su trabajo no se pudo guardar en este equipo: falló el almacenamiento del navegador. Exporte un archivo de proyecto para conservarlo.',
    viewOrganizations:
      'La vista abierta nombra organizaciones que esta red no tiene; se muestra sin ellas.',
    dismiss: 'Cerrar',
  },
  workspace: {
    menu: 'Espacio de trabajo: {{name}}',
    label: 'Espacios de trabajo guardados en este equipo',
    base: 'Espacio de trabajo',
    inUse: 'en uso',
    summary:
      '{{organizations, number}} organizaciones · {{links, number}} alianzas · guardado {{when}}',
    create: 'Nuevo espacio de trabajo',
    rename: 'Renombrar',
    renameLabel: 'Nuevo nombre',
    save: 'Guardar',
    cancel: 'Cancelar',
    duplicate: 'Duplicar',
    copy: '{{name}} (copia)',
    delete: 'Borrar',
    confirmDelete: '¿Borrar «{{name}}» y la red guardada en él? No se puede deshacer.',
    confirm: 'Borrarlo',
    restoreTitle: '¿Continuar donde lo dejó?',
    restoreText:
      'El trabajo de su última visita está guardado en este equipo: «{{name}}» — {{dataset}}, {{organizations, number}} organizaciones y {{links, number}} alianzas, guardado {{when}}.',
    continue: 'Continuar donde lo dejé',
    fresh: 'Empezar de nuevo',
    freshNote: 'Empezar de nuevo conserva ese trabajo: queda en el menú de espacios de trabajo.',
  },
  search: { label: 'Buscar una organización', placeholder: 'Buscar una organización…' },
  details: {
    sector: 'Sector',
    place: 'Lugar',
    themes: 'Temas',
    community: 'Comunidad',
    metrics: 'Medidas',
    partners_one: '{{count}} socio',
    partners_other: '{{count}} socios',
    partners_many: '{{count}} socios',
    rank: '{{rank}} de {{of}}',
    partnersBySector: 'Socios por sector',
    links_one: '{{count}} alianza',
    links_other: '{{count}} alianzas',
    links_many: '{{count}} alianzas',
    close: 'Cerrar los detalles',
  },
  layers: { label: 'Ámbito de las alianzas mostradas', all: 'Todas' },
  stats: {
    organizations_one: '{{count, number}} organización',
    organizations_other: '{{count, number}} organizaciones',
    organizations_many: '{{count, number}} organizaciones',
    alliances_one: '{{count, number}} alianza',
    alliances_other: '{{count, number}} alianzas',
    alliances_many: '{{count, number}} alianzas',
    organizationsOf_one: '{{visible, number}} de {{count, number}} organización',
    organizationsOf_other: '{{visible, number}} de {{count, number}} organizaciones',
    organizationsOf_many: '{{visible, number}} de {{count, number}} organizaciones',
    alliancesOf_one: '{{visible, number}} de {{count, number}} alianza',
    alliancesOf_other: '{{visible, number}} de {{count, number}} alianzas',
    alliancesOf_many: '{{visible, number}} de {{count, number}} alianzas',
    label: 'Tamaño de la red',
  },
  legend: {
    label: 'Leyenda',
    title: 'Sector',
    placeholder: 'No está en el archivo de organizaciones',
    other: 'Otro o ninguno',
    size: 'Tamaño: número de socios',
    width: 'Grosor de línea: peso de la alianza',
  },
  graph: { label: 'Red de organizaciones y sus alianzas' },
  sector: {
    cooperative: 'Cooperativa',
    social_enterprise: 'Empresa social',
    civil_society: 'Sociedad civil',
    movement: 'Movimiento o colectivo',
    union: 'Sindicato',
    academia: 'Universidad o investigación',
    government: 'Gobierno',
    private: 'Empresa privada',
    network: 'Red o federación de ESS',
    international: 'Organismo internacional',
    finance: 'Finanzas solidarias',
  },
  scope: {
    local: 'Local',
    national: 'Nacional',
    regional: 'Regional',
    international: 'Internacional',
    unknown: 'Desconocido',
  },
  worldRegion: {
    africa: 'África',
    asia: 'Asia y Oriente Medio',
    europe: 'Europa',
    latin_america_caribbean: 'América Latina y el Caribe',
    north_america: 'América del Norte',
    oceania: 'Oceanía',
  },
  linkType: {
    partnership: 'Colaboración',
    membership: 'Membresía',
    funding: 'Financiamiento',
    research: 'Investigación',
    trade: 'Comercio',
    policy: 'Política pública',
    network: 'Red',
  },
  theme: {
    food_sovereignty: 'Soberanía alimentaria',
    fair_trade: 'Comercio justo',
    housing: 'Vivienda',
    care: 'Cuidados',
    circular_economy: 'Economía circular',
    digital_commons: 'Comunes digitales',
    gender_equity: 'Equidad de género',
    solidarity_finance: 'Finanzas solidarias',
    public_procurement: 'Compras públicas',
    covid_recovery: 'Recuperación tras la COVID-19',
    indigenous_economies: 'Economías indígenas',
  },
  explore: {
    toolbar: 'Explorar la red',
    filters: 'Filtros',
    colourBy: 'Color',
    sizeBy: 'Tamaño',
    layout: 'Disposición',
    layoutMeasure: 'Anillos según',
    clearAll: 'Quitar todos',
    remove: 'Quitar el filtro «{{name}}»',
    chips: 'Filtros aplicados',
    none: 'Sin dato',
    years: 'Años de actividad',
    yearsFrom: 'Desde',
    yearsTo: 'Hasta',
    thresholds: 'Umbrales',
    minWeight: 'Peso mínimo',
    minDegree: 'Mínimo de socios',
    any: 'cualquiera',
    kind: {
      sectors: 'Sector',
      countries: 'País',
      worldRegions: 'Región del mundo',
      themes: 'Tema',
      linkTypes: 'Tipo de alianza',
    },
    chip: {
      years: 'Años {{from}}–{{to}}',
      minWeight: 'Peso ≥ {{value}}',
      minDegree: 'Socios ≥ {{value}}',
      layer: 'Ámbito: {{name}}',
      ego_one: 'Red ego de {{name}}, {{count}} paso',
      ego_other: 'Red ego de {{name}}, {{count}} pasos',
      ego_many: 'Red ego de {{name}}, {{count}} pasos',
    },
    colour: {
      sector: 'Sector',
      community: 'Comunidad',
      scope: 'Ámbito',
      country: 'País',
      worldRegion: 'Región del mundo',
      theme: 'Tema',
    },
    layouts: {
      force: 'Dirigida por fuerzas',
      sector: 'Agrupada por sector',
      concentric: 'Concéntrica según una medida',
      geographic: 'Geográfica',
    },
    forceRunning: 'Afinando la disposición… {{percent}} %',
  },
  keys: {
    colour: 'Color: {{name}}',
    size: 'Tamaño: {{name}}',
    lineStyle: 'Estilo de línea: tipo de alianza',
    community: 'Comunidad {{value}}',
    scopeLinks: 'Las alianzas toman el color de su ámbito.',
    highlight: 'Resaltar «{{name}}»',
    noMeasures: 'Las medidas aparecen al terminar el análisis.',
  },
  ego: {
    label: 'Mostrar',
    whole: 'Toda la red',
    one: 'Socios (1 paso)',
    two: 'Socios de socios (2 pasos)',
  },
  path: {
    title: 'Quién puede presentar a quién',
    label: 'Camino hacia otra organización',
    placeholder: 'Organización a alcanzar…',
    none: 'Ninguna cadena de alianzas las une entre las organizaciones mostradas.',
    found_one: '{{count}} cadena más corta de $t(path.steps, {"count": {{steps}} })',
    found_other: '{{count}} cadenas más cortas de $t(path.steps, {"count": {{steps}} })',
    found_many: '{{count}} cadenas más cortas de $t(path.steps, {"count": {{steps}} })',
    steps_one: '{{count}} paso',
    steps_other: '{{count}} pasos',
    steps_many: '{{count}} pasos',
    more_one: '… y {{count}} más',
    more_other: '… y {{count}} más',
    more_many: '… y {{count}} más',
    clear: 'Borrar el camino',
  },
};
