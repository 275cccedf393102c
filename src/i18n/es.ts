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
  import: {
    button: 'Importar archivos CSV',
    hint: 'Elija a la vez el archivo de organizaciones y el de vínculos.',
    progress: 'Importando… {{percent}} %',
    cancel: 'Cancelar',
    cancelled: 'Importación cancelada; se sigue mostrando la red anterior.',
    failed: 'La importación falló: {{message}}',
    messages: 'Mensajes de la importación',
    summary_error_one: '{{count}} error',
    summary_error_other: '{{count}} errores',
    summary_warning_one: '{{count}} advertencia',
    summary_warning_other: '{{count}} advertencias',
    summary_info_one: '{{count}} nota',
    summary_info_other: '{{count}} notas',
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
  },
  unusable: {
    missing_file: 'No se pudo leer {{file}}.',
    empty: '{{file}} está vacío: no tiene fila de encabezados ni datos.',
    binary: '{{file}} no es un archivo CSV de texto (parece binario).',
    no_header: '{{file}} no tiene fila de encabezados.',
    missing_columns:
      'A {{file}} le faltan las columnas necesarias: una columna id, o una de origen y otra de destino.',
    unrecognised:
      '{{file}} no es ni un archivo de organizaciones (columna id) ni uno de vínculos (columnas de origen y destino).',
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
    unknown_endpoint_summary:
      'Se crearon {{count}} organizaciones solo a partir del archivo de vínculos.',
    dangling_dropped: 'Ninguna organización coincide con «{{value}}»; se descartó el vínculo.',
    name_matched_endpoint:
      '«{{value}}» no es un id; coincidió con la organización de ese nombre (id «{{id}}»).',
    ambiguous_endpoint:
      '«{{value}}» coincide por nombre con {{count}} organizaciones ({{ids}}); se trató como desconocido.',
    self_link: 'El vínculo une «{{id}}» consigo misma: se conserva, pero las métricas lo ignoran.',
    invalid_weight: 'El peso «{{value}}» no es un número positivo; se usó 1.',
    unknown_country: 'No se reconoció el país «{{value}}»; sus vínculos tienen ámbito desconocido.',
    unknown_world_region: 'No se reconoció la región del mundo «{{value}}»; se usa la del país.',
    custom_sector:
      'El sector «{{value}}» no es uno de los habituales; se conserva tal cual ({{count}} organizaciones).',
    invalid_boolean: '«{{value}}» no es sí o no; el vínculo se tomó como no dirigido.',
    invalid_year: '«{{value}}» no es un año ni una fecha; se dejó vacío.',
    invalid_coordinate: 'La coordenada «{{value}}» está fuera de rango; se dejó vacía.',
    invalid_scope:
      'El ámbito «{{value}}» no es local, nacional, regional ni internacional; se ignoró.',
    parallel_links:
      'Hay otro vínculo entre «{{source}}» y «{{target}}» en la fila {{firstRow}}; se conservan ambos y las métricas suman sus pesos.',
    ragged_row: 'La fila tiene {{values}} valores para {{columns}} columnas.',
    unknown_column: 'Esta columna no es un campo conocido; se conserva como atributo.',
    duplicate_column: 'Este nombre de columna aparece dos veces; se usa la primera.',
    csv_syntax: 'Hay comillas sin cerrar o mal colocadas; revise esta fila.',
  },
  stats: {
    organizations_one: '{{count, number}} organización',
    organizations_other: '{{count, number}} organizaciones',
    alliances_one: '{{count, number}} alianza',
    alliances_other: '{{count, number}} alianzas',
    ofTotal: '{{visible}} de {{total}}',
    label: 'Tamaño de la red',
  },
  legend: {
    title: 'Sector',
    placeholder: 'No está en el archivo de organizaciones',
    other: 'Otro o ninguno',
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
};
