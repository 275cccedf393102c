/**
 * The story in the store: the view on screen saved, stepped through in order within its ends,
 * each step shown in the Present area and, while presenting, in the projector's theme, which
 * ends with the presentation.
 */
import { describe, expect, it } from 'vitest';
import { createAtlasStore } from '../../../src/state/store';
import { illustrative } from '../explore/illustrative';

function storyStore() {
  const store = createAtlasStore();
  store.getState().setDataset(illustrative(), 'dataset.illustrative');
  store.setState({ analyze: async () => {} });
  const s = () => store.getState();
  s().saveView('Toda la red');
  s().setColourBy('country');
  s().saveView('Por país');
  s().setLayout('sector');
  s().saveView('  ');
  s().saveView('Por sector');
  return store;
}

describe('the story', () => {
  it('saves views in order and steps through them within the ends', () => {
    const store = storyStore();
    const s = () => store.getState();
    expect(s().savedViews.map((v) => v.title)).toEqual(['Toda la red', 'Por país', 'Por sector']);
    s().setArea('explore');
    s().stepStory(1);
    expect(s().storyStep).toBe(0);
    expect(s().area).toBe('present');
    expect(s().colourBy).toBe('sector');
    s().stepStory(1);
    s().stepStory(1);
    s().stepStory(1);
    expect(s().storyStep).toBe(2);
    expect(s().layout).toBe('sector');
    s().stepStory(-1);
    expect(s().colourBy).toBe('country');
    expect(s().layout).toBe('force');
    // Moving the view shown keeps it the one shown.
    const shown = s().savedViews[1]!.id;
    s().moveView(shown, -1);
    expect(s().savedViews[s().storyStep!]!.id).toBe(shown);
    s().deleteView(s().savedViews[2]!.id);
    expect(s().savedViews).toHaveLength(2);
    expect(s().savedViews[s().storyStep!]!.id).toBe(shown);
  });

  it('presents in high contrast, and gives the theme back at the end', () => {
    const store = storyStore();
    const s = () => store.getState();
    s().startPresenting();
    s().showStep(2);
    expect(s().theme).toBe('high-contrast');
    expect(s().presenting).toBe(true);
    s().stopPresenting();
    expect(s().theme).toBe('default');
    expect(s().presenting).toBe(false);
  });
});
