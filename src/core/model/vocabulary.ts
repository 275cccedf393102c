/**
 * The words people write in vocabulary cells, in English, Spanish and French, and the code
 * each stands for. Compared after `normalizeValue` (no case, accents or punctuation).
 */
import type { CanonicalSector, Scope } from './types';
import { words } from '../csv/headers';

/** Common names of each sector, singular and plural. */
export const SECTOR_WORDS: Record<CanonicalSector, string[]> = {
  cooperative:
    words(`cooperatives | cooperativa | cooperativas | coopérative | coopératives | co-op |
    coop | cooperative society | sociedad cooperativa | société coopérative | empresa cooperativa |
    entreprise coopérative | SCOP | SCIC`),
  social_enterprise:
    words(`social enterprises | social business | empresa social | empresas sociales |
    entreprise sociale | entreprises sociales | emprendimiento social | emprendimientos sociales |
    empresa de economía social | entreprise de l’économie sociale`),
  civil_society:
    words(`civil society | civil society organisation | civil society organization | CSO |
    OSC | ONG | NGO | NGOs | ONGs | NPO | nonprofit | non-profit | non profit organization |
    association | associations | asociación | asociaciones | asociación civil | asociaciones civiles |
    A.C. | sociedad civil | société civile | organización de la sociedad civil |
    organisation de la société civile | foundation | fundación | fondation | charity | IAP |
    institución de asistencia privada`),
  movement: words(`movements | movimiento | movimientos | mouvement | mouvements | collective |
    collectives | colectivo | colectivos | collectif | collectifs | social movement |
    movimiento social | mouvement social | grassroots | grassroots organization |
    organización de base`),
  union: words(`unions | trade union | trade unions | labor union | labour union | sindicato |
    sindicatos | syndicat | syndicats | central sindical | confédération syndicale`),
  academia: words(`academic | university | universities | universidad | universidades | université |
    universités | research centre | research center | research institute |
    centro de investigación | instituto de investigación | centre de recherche |
    institut de recherche | higher education | educación superior | enseignement supérieur |
    think tank`),
  government:
    words(`governments | gobierno | gobiernos | gouvernement | gouvernements | public sector |
    sector público | secteur public | public administration | administración pública |
    administration publique | municipality | municipalities | municipio | municipalidad |
    municipalité | ayuntamiento | alcaldía | mairie | ministry | ministerio | ministère |
    local government | gobierno local | gouvernement local | collectivité territoriale |
    collectivité locale | public institution | institución pública | institution publique |
    government agency | agencia gubernamental | agence gouvernementale`),
  private: words(`private sector | sector privado | secteur privé | privado | privé | company |
    companies | business | businesses | empresa | empresas | empresa privada | empresas privadas |
    entreprise | entreprises | entreprise privée | firm | corporation | SME | PyME | PME |
    business association | chamber of commerce | cámara de comercio | chambre de commerce |
    asociación empresarial | for-profit`),
  network:
    words(`networks | red | redes | réseau | réseaux | federation | federations | federación |
    federaciones | fédération | fédérations | confederation | confederación | confédération |
    SSE network | red de ESS | réseau ESS | platform | plataforma | plateforme |
    umbrella organisation | umbrella organization`),
  international: words(`international organisation | international organization |
    international organisations | international organizations | organismo internacional |
    organismos internacionales | organización internacional | organisation internationale |
    organisations internationales | IGO | intergovernmental organisation |
    intergovernmental organization | organización intergubernamental |
    organisation intergouvernementale | multilateral | internacional | internationale`),
  finance: words(`solidarity finance | finanzas solidarias | finance solidaire | finanzas | mutual |
    mutuals | mutualidad | mutualista | mutuelle | mutuelles | credit union | credit unions |
    caja popular | cajas populares | caisse populaire | cooperativa de ahorro y préstamo |
    cooperativa de ahorro y crédito | microfinance | microfinanzas | banca ética | banque éthique |
    ethical bank`),
};

/** Alliance types; other values are kept as written. */
export const LINK_TYPE_WORDS: Record<string, string[]> = {
  partnership:
    words(`partnerships | alianza | alliance | partenariat | colaboración | collaboration |
    cooperation | cooperación | coopération`),
  membership: words(`member | membresía | miembro | afiliación | affiliation | adhesión | adhésion |
    membre`),
  funding: words(`financing | financiamiento | financiación | financement | grant | subvención |
    subvention`),
  research: words('investigación | recherche'),
  trade: words('comercio | commerce | commercial | intercambio comercial'),
  policy: words(`política | política pública | politique | politique publique | advocacy |
    incidencia | plaidoyer`),
  network: words('red | réseau | networking'),
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
