/**
 * The words people write in vocabulary cells, in English, Spanish and French, and the code
 * each stands for. Compared after `normalizeValue` (no case, accents or punctuation).
 */
import type { CanonicalSector, Scope } from './types';
import { words } from '../csv/headers';

/**
 * Common names of each sector, singular and plural, and the wordings of registries and
 * directories (legal forms, "NGO or Association", "Local authority/ local government body").
 */
export const SECTOR_WORDS: Record<CanonicalSector, string[]> = {
  cooperative:
    words(`cooperatives | cooperativa | cooperativas | coopérative | coopératives | co-op |
    co-ops | coop | coops | co-operative | co-operatives | cooperative society |
    co-operative society | sociedad cooperativa | société coopérative | empresa cooperativa |
    entreprise coopérative | SCOP | SCIC | worker cooperative | worker co-operative |
    cooperativa de trabajo | cooperativa de trabajo asociado | coopérative de travail |
    coopérative de travailleurs | société coopérative et participative |
    société coopérative d’intérêt collectif | coopérative de solidarité | social cooperative |
    cooperativa social | coopérative sociale | agricultural cooperative | cooperativa agrícola |
    coopérative agricole | housing cooperative | housing co-operative | cooperativa de vivienda |
    coopérative d’habitation | consumer cooperative | consumer co-operative |
    cooperativa de consumo | coopérative de consommateurs | coopérative de consommation`),
  social_enterprise:
    words(`social enterprises | social business | empresa social | empresas sociales |
    entreprise sociale | entreprises sociales | emprendimiento social | emprendimientos sociales |
    empresa de economía social | entreprise de l’économie sociale | community interest company |
    CIC | work integration social enterprise | WISE | empresa de inserción |
    empresas de inserción | entreprise d’insertion | structure d’insertion | SIAE |
    centro especial de empleo | entreprise adaptée | ESAT | entreprise solidaire d’utilité sociale |
    ESUS | sociedad laboral | sociedades laborales | social economy enterprise |
    empresa de la economía social | economía social | économie sociale et solidaire |
    social and solidarity economy`),
  civil_society:
    words(`civil society | civil society organisation | civil society organization | CSO |
    OSC | ONG | NGO | NGOs | ONGs | NPO | nonprofit | non-profit | non profit organization |
    association | associations | asociación | asociaciones | asociación civil | asociaciones civiles |
    A.C. | sociedad civil | société civile | organización de la sociedad civil |
    organisation de la société civile | foundation | fundación | fondation | charity | IAP |
    institución de asistencia privada | NGO or association | association or NGO | NGO/association |
    ONG o asociación | asociación u ONG | ONG ou association | association ou ONG |
    non-governmental organisation | non-governmental organization | organización no gubernamental |
    organisation non gouvernementale | non-profit organisation | non-profit organization |
    nonprofit organization | not-for-profit | organización sin fines de lucro |
    organización sin ánimo de lucro | entidad sin ánimo de lucro | entidad sin fines de lucro |
    organisme à but non lucratif | organisme sans but lucratif | OBNL | OSBL | association loi 1901 |
    fondations | foundations | fundaciones | charities | registered charity | charitable trust |
    community-based organisation | community-based organization | CBO | organisme communautaire |
    organización comunitaria | faith-based organisation | faith-based organization |
    voluntary organisation | voluntary organization | voluntary and community sector`),
  movement: words(`movements | movimiento | movimientos | mouvement | mouvements | collective |
    collectives | colectivo | colectivos | collectif | collectifs | social movement |
    movimiento social | mouvement social | grassroots | grassroots organization |
    organización de base | community group | grupo comunitario | collectif citoyen |
    mouvement citoyen | movimiento popular | mouvement populaire | grassroots group |
    social movements | movimientos sociales | mouvements sociaux`),
  union: words(`unions | trade union | trade unions | labor union | labour union | sindicato |
    sindicatos | syndicat | syndicats | central sindical | confédération syndicale |
    federación sindical | fédération syndicale | confederación sindical | syndicat de salariés |
    syndicat de travailleurs | workers’ union | workers union | labour unions | labor unions |
    organización sindical | organisation syndicale | union syndicale`),
  academia: words(`academic | university | universities | universidad | universidades | université |
    universités | research centre | research center | research institute |
    centro de investigación | instituto de investigación | centre de recherche |
    institut de recherche | higher education | educación superior | enseignement supérieur |
    think tank | school | schools | escuela | escuelas | école | écoles | college | colleges |
    higher education institution | institución de educación superior |
    établissement d’enseignement supérieur | academic institution | institución académica |
    institution académique | research | investigación | recherche | academia | universitaire |
    universitario | education | educación | éducation | training centre | centro de formación |
    centre de formation`),
  government:
    words(`governments | gobierno | gobiernos | gouvernement | gouvernements | public sector |
    sector público | secteur public | public administration | administración pública |
    administration publique | municipality | municipalities | municipio | municipalidad |
    municipalité | ayuntamiento | alcaldía | mairie | ministry | ministerio | ministère |
    local government | gobierno local | gouvernement local | collectivité territoriale |
    collectivité locale | public institution | institución pública | institution publique |
    government agency | agencia gubernamental | agence gouvernementale | local authority |
    local authorities | local government body | local authority/local government body |
    local authority or local government body | state government | state governments |
    gobierno estatal | gobiernos estatales | gouvernement d’état | provincial government |
    gobierno provincial | gouvernement provincial | regional government | gobierno regional |
    gouvernement régional | federal government | gobierno federal | gouvernement fédéral |
    national government | gobierno nacional | gouvernement national | municipal government |
    gobierno municipal | autonomous community | comunidad autónoma | gobierno autonómico |
    diputación | diputación provincial | cabildo | intendencia | prefectura | gobernación |
    collectivités territoriales | collectivités locales | conseil régional | conseil départemental |
    conseil municipal | communauté de communes | communauté d’agglomération | métropole |
    commune | communes | établissement public | public body | public bodies | public agency |
    organismo público | organisme public | government department | city council | town council |
    concejo municipal | council | state agency | agencia estatal | state | estado | état`),
  private: words(`private sector | sector privado | secteur privé | privado | privé | company |
    companies | business | businesses | empresa | empresas | empresa privada | empresas privadas |
    entreprise | entreprises | entreprise privée | firm | corporation | SME | PyME | PME |
    business association | chamber of commerce | cámara de comercio | chambre de commerce |
    asociación empresarial | for-profit | private company | private enterprise |
    for-profit company | empresa con fines de lucro | entreprise à but lucratif |
    employers’ organisation | employers’ organization | employers organisation |
    organización empresarial | organización de empleadores | organisation patronale |
    organisation d’employeurs | chambre consulaire | private`),
  network:
    words(`networks | red | redes | réseau | réseaux | federation | federations | federación |
    federaciones | fédération | fédérations | confederation | confederación | confédération |
    SSE network | red de ESS | réseau ESS | platform | plataforma | plateforme |
    umbrella organisation | umbrella organization | network or federation |
    federation or network | network/federation | red o federación | federación o red |
    réseau ou fédération | fédération ou réseau | umbrella body | umbrella bodies |
    tête de réseau | têtes de réseau | organisation faîtière | organización de segundo grado |
    organización de tercer grado | consortium | consorcio | coalition | coalición | coalitions |
    second-tier organisation | alliance of organisations | intersectoral network`),
  international: words(`international organisation | international organization |
    international organisations | international organizations | organismo internacional |
    organismos internacionales | organización internacional | organisation internationale |
    organisations internationales | IGO | intergovernmental organisation |
    intergovernmental organization | organización intergubernamental |
    organisation intergouvernementale | multilateral | internacional | internationale |
    UN agency | United Nations agency | agencia de la ONU | agencia de Naciones Unidas |
    agence de l’ONU | agence des Nations unies | multilateral organisation |
    multilateral organization | organismo multilateral | organisation multilatérale |
    international agency | agencia internacional | agence internationale |
    development bank | banco de desarrollo | banque de développement`),
  finance: words(`solidarity finance | finanzas solidarias | finance solidaire | finanzas | mutual |
    mutuals | mutualidad | mutualista | mutuelle | mutuelles | credit union | credit unions |
    caja popular | cajas populares | caisse populaire | cooperativa de ahorro y préstamo |
    cooperativa de ahorro y crédito | microfinance | microfinanzas | banca ética | banque éthique |
    ethical bank | mutual society | mutual societies | mutual insurance | mutual benefit society |
    mutualidades | mutualité | mutuelle de santé | cooperative bank | co-operative bank |
    banco cooperativo | banque coopérative | cooperativa de crédito | cooperativas de crédito |
    caja de ahorro | caja de ahorros | caja rural | caisse d’épargne | savings bank |
    microfinance institution | institución de microfinanzas | institution de microfinance |
    savings and credit cooperative | SACCO | SACCOs | coopérative d’épargne et de crédit |
    finance | finances | bank | banco | banque | fund | fondo | fonds | solidarity fund |
    fondo solidario | fonds solidaire | insurance | seguros | assurance`),
};

/** Alliance types; other values are kept as written. */
export const LINK_TYPE_WORDS: Record<string, string[]> = {
  partnership:
    words(`partnerships | alianza | alliance | partenariat | colaboración | collaboration |
    cooperation | cooperación | coopération | partner | partners | socio | socios | partenaire |
    partenaires | partnership agreement | convenio | convenios | convenio de colaboración |
    acuerdo | acuerdo de colaboración | agreement | cooperation agreement | accord |
    accord de partenariat | convention | convention de partenariat | joint project |
    joint projects | proyecto conjunto | proyectos conjuntos | projet commun | projets communs |
    alianza estratégica | strategic alliance | alliance stratégique | collaborate`),
  membership: words(`member | membresía | miembro | afiliación | affiliation | adhesión | adhésion |
    membre | members | member of | is member of | miembro de | es miembro de | membre de |
    est membre de | affiliate | affiliated | affiliated to | afiliada | afiliado | afiliada a |
    afiliado a | adhérent | adhérente | adhérent de | affiliée | affilié | membership of`),
  funding: words(`financing | financiamiento | financiación | financement | grant | subvención |
    subvention | funding | funder | funds | financiador | financiadora | financeur | donor |
    donante | donateur | donation | donación | don | donativo | loan | loans | préstamo |
    préstamos | prêt | prêts | crédito | crédit | credit | investment | investments | inversión |
    investissement | financial support | apoyo financiero | soutien financier | sponsorship |
    patrocinio | mécénat | funded by | financiado por | financé par`),
  research: words(`investigación | recherche | research collaboration | research partnership |
    joint research | investigación conjunta | investigación colaborativa | recherche partenariale |
    recherche collaborative | study | studies | estudio | estudios | étude | études |
    academic collaboration | colaboración académica | collaboration académique`),
  trade: words(`comercio | commerce | commercial | intercambio comercial | supplier | suppliers |
    supply | proveedor | proveedora | proveedores | fournisseur | fournisseurs |
    approvisionnement | purchase | purchasing | compra | compras | achat | achats | sale | sales |
    venta | ventas | vente | ventes | client | cliente | commercial relationship |
    relación comercial | relation commerciale | business relationship | buyer | comprador |
    acheteur | fair trade | comercio justo | commerce équitable | procurement |
    contratación pública | marché public | marchés publics`),
  policy: words(`política | política pública | politique | politique publique | advocacy |
    incidencia | plaidoyer | public policy | public policies | políticas públicas |
    politiques publiques | lobbying | lobby | cabildeo | incidencia política |
    plaidoyer politique | policy dialogue | diálogo de políticas | diálogo político |
    dialogue politique | concertation | co-construction | coconstrucción | policy advocacy`),
  network: words(`red | réseau | networking | redes | réseaux | trabajo en red | travail en réseau |
    mise en réseau | network membership | networked | en red | en réseau`),
};

/** Levels of action; `unknown` written out means "derive it". */
export const SCOPE_WORDS: Record<Scope | 'unknown', string[]> = {
  local: words('locale | municipal | comunitario | communautaire | community'),
  national: words('nationale | nacional'),
  regional: words('régional | régionale | regionale | continental'),
  international: words(
    'internationale | internacional | global | mundial | mondial | mondiale | world',
  ),
  unknown: words('desconocido | inconnu | inconnue | n/a | na | none | ninguno'),
};

export const TRUE_WORDS =
  words(`true | yes | si | oui | 1 | t | y | s | o | verdadero | vrai | directed |
  dirigido | oriente`);
export const FALSE_WORDS =
  words(`false | no | non | 0 | f | n | falso | faux | undirected | no dirigido |
  non dirige | non oriente | mutual | mixed`);
/** Gephi's and Kumu's words for an edge's direction. */
export const DIRECTION_WORDS =
  words(`directed | undirected | mixed | mutual | dirigido | no dirigido |
  oriente | non oriente | dirige | non dirige`);
