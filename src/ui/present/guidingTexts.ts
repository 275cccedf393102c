/**
 * The words of the guiding-questions story (core/view/guidingStory gives only data): each step
 * titled with its question in the reader's language, and a note written from its numbers, the
 * sectors, scopes, themes and measures named as everywhere else in the app.
 */
import type { TFunction } from 'i18next';
import type { GuidingStep } from '../../core/view/guidingStory';
import type { Language } from '../../i18n';
import { measureName } from '../../state/selectors/metricInfo';
import type { GroupName } from '../useGroupName';

export interface StoryTexts {
  title: string;
  note: string;
}

export function guidingTexts(
  step: GuidingStep,
  t: TFunction,
  groupName: GroupName,
  language: Language,
): StoryTexts {
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(language, { style: 'percent' });
  const list = (items: string[]) =>
    items.length === 0
      ? t('story.nobody')
      : new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
  const names = (top: readonly { name: string }[]) => list(top.map((o) => o.name));
  const share = (value: number | null) => (value === null ? '—' : percent.format(value));
  const question = t(`story.q${step.question}`);
  const { part } = step;
  const title =
    part === null
      ? question
      : 'layer' in part
        ? t('story.part', { question, part: groupName('scope', part.layer) })
        : t('story.part', {
            question,
            part: t(part.period === 'before' ? 'story.before' : 'story.from', { year: part.year }),
          });
  const facts = step.facts;
  let note: string;
  switch (facts.question) {
    case 1:
      note = t('story.note1', {
        year: facts.splitYear,
        before: facts.before.started,
        beforeShare: share(facts.before.crossSectorShare),
        from: facts.from.started,
        fromShare: share(facts.from.crossSectorShare),
      });
      break;
    case 2:
      note = t('story.note2', {
        organizations: facts.organizations,
        alliances: facts.alliances,
        components: facts.components ?? '—',
        measure: measureName(facts.measure, language),
        names: names(facts.top),
      });
      break;
    case 3:
      note = t('story.note3', {
        organizations: facts.governmentOrganizations,
        sectors: list(
          facts.partnerSectors.slice(0, 3).map((s) => groupName('sector', s.sector ?? '')),
        ),
        broker: facts.topBroker?.name ?? '—',
      });
      break;
    case 4:
      note = t('story.note4', {
        themes: list(
          facts.themes
            .slice(0, 4)
            .map((th) => `${groupName('theme', th.theme)} (${number.format(th.organizations)})`),
        ),
      });
      break;
    case 5:
      note = t('story.note5', {
        pairs: list(
          facts.pairs.map((p) =>
            t('story.pair', {
              a: groupName('sector', p.sectors[0]),
              b: groupName('sector', p.sectors[1]),
              observed: number.format(p.observed),
              expected: number.format(p.expected),
            }),
          ),
        ),
      });
      break;
    case 6:
      note = t('story.note6', { names: names(facts.top) });
      break;
    case 7:
      note = t('story.note7', {
        from: facts.years.from,
        to: facts.years.to,
        started: facts.started,
        local: facts.startedByScope.local,
        national: facts.startedByScope.national,
        regional: facts.startedByScope.regional,
        international: facts.startedByScope.international,
      });
      break;
    case 8:
      note = t('story.note8', {
        organizations: facts.internationalOrganizations,
        alliances: facts.alliances,
        international: facts.internationalAlliances,
        names: names(facts.top),
      });
      break;
    case 9:
      note = t('story.note9', { alliances: facts.alliances, organizations: facts.organizations });
      break;
    case 10: {
      const sectors = facts.sectorsWithoutInternational ?? [];
      const regions = facts.isolatedRegions ?? [];
      note = [
        sectors.length === 0
          ? t('story.everySectorInternational')
          : t('story.sectorsWithoutInternational', {
              sectors: list(sectors.map((s) => groupName('sector', s))),
            }),
        regions.length === 0
          ? t('story.noIsolatedRegion')
          : t('story.isolatedRegions', {
              regions: list(
                regions.map((r) =>
                  groupName(r.kind === 'world_region' ? 'worldRegion' : 'country', r.name),
                ),
              ),
            }),
      ].join(' ');
      break;
    }
  }
  return { title, note };
}
