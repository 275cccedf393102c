/**
 * The network on screen: one Cytoscape instance, created on mount and destroyed on unmount.
 * Render-less controllers push the store into it: the elements of a new dataset, their looks
 * (core/looks), the layout, the camera, the selection, the names. None reads another's work
 * back from Cytoscape or the DOM; GraphAttributes writes what tests read, from the store.
 */
import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useTranslation } from 'react-i18next';
import { currentAllianceLooks, currentOrganizationLooks } from '../../state/selectors/explore';
import type { Dataset } from '../../core/model/types';
import type { AllianceLooks, OrganizationLooks } from '../../core/looks/looks';
import { placedLayout } from '../../state/slices/graphSlice';
import { atlasState, useAtlas } from '../../state/useAtlas';
import { CameraController } from './CameraController';
import { edgeId, nodeId } from './elementIds';
import { allianceElement, datasetElements, graphLabel, organizationElement } from './elements';
import { GraphAttributes } from './GraphAttributes';
import { fitToFreeArea } from './viewport';
import { LabelController } from './LabelController';
import { LayoutController } from './LayoutController';
import { LooksController } from './LooksController';
import { GroupCaptions } from './GroupCaptions';
import { NetworkLayer } from './NetworkLayer';
import { showPictureSource } from './viewPicture';
// The map and its data load only when the geographic layout is chosen. If its code cannot be
// loaded (offline after the first visit), the layout goes on without a map, and says so: a
// rejected lazy component would otherwise unmount the whole page.
const WorldOutline = lazy(() =>
  import('./WorldOutline').then(
    (m): { default: (props: { cy: Core }) => ReactNode } => ({ default: m.WorldOutline }),
    () => {
      atlasState().notify('worldOutline');
      return { default: NoWorldOutline };
    },
  ),
);

function NoWorldOutline(_props: { cy: Core }): ReactNode {
  return null;
}

cytoscape.use(fcose);

/**
 * Renderer options can only be set when Cytoscape is created, so the parent keys this component
 * on `large`: crossing the threshold gives a new instance with the settings for size
 * (Cytoscape's settings for size: a texture while the view moves, one pixel per CSS pixel; no edge option,
 * as a large network's alliances are not Cytoscape edges but NetworkLayer's).
 */
export function GraphView({ large }: { large: boolean }) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const layout = useAtlas((s) => s.layout);

  useEffect(() => {
    if (!container.current) return;
    const instance = cytoscape({
      container: container.current,
      minZoom: 0.05,
      maxZoom: 6,
      boxSelectionEnabled: false,
      textureOnViewport: large,
      pixelRatio: large ? 1 : 'auto',
    });
    setCy(instance);
    const unshow = showPictureSource(instance);
    // The message panel above the graph opens and closes: keep the drawing fitted to the box.
    const resizing = new ResizeObserver(() => {
      instance.resize();
      if (placedLayout(atlasState()) !== null) fitToFreeArea(instance);
    });
    resizing.observe(container.current);
    return () => {
      resizing.disconnect();
      unshow();
      instance.destroy();
      setCy(null);
    };
  }, [large]);

  return (
    <>
      {cy && layout === 'geographic' && (
        <Suspense fallback={null}>
          <WorldOutline cy={cy} />
        </Suspense>
      )}
      {cy && large && <NetworkLayer cy={cy} />}
      <div
        ref={container}
        className="graph"
        data-testid="graph"
        role="img"
        aria-label={t('graph.label')}
      >
        {cy && <LabelController cy={cy} />}
        {cy && <HoverController cy={cy} />}
        {cy && <DatasetController cy={cy} large={large} />}
        {cy && <LooksController cy={cy} large={large} />}
        {cy && <LayoutController cy={cy} />}
        {/* Before the camera: a view's selection does not centre what the view's camera shows. */}
        {cy && <SelectionController cy={cy} large={large} />}
        {cy && <CameraController cy={cy} />}
      </div>
      <GraphAttributes target={container} />
      {cy && layout === 'sector' && <GroupCaptions cy={cy} />}
    </>
  );
}

/**
 * Render-less: replaces the graph's elements, in their looks, when the dataset changes; an edit
 * of the same network (the version kept) changes only the elements it touched, a new one
 * standing where the store has placed it.
 */
function DatasetController({ cy, large }: { cy: Core; large: boolean }) {
  const dataset = useAtlas((s) => s.dataset);
  const version = useAtlas((s) => s.datasetVersion);
  const drawn = useRef<{ version: number; large: boolean; dataset: Dataset } | null>(null);

  useEffect(() => {
    if (!dataset) return;
    const state = atlasState();
    const organizations = currentOrganizationLooks(state);
    if (!organizations) return;
    // A large network's alliances are drawn by NetworkLayer, not by Cytoscape.
    const alliances = large ? null : currentAllianceLooks(state);
    const last = drawn.current;
    drawn.current = { version, large, dataset };
    if (last && last.version === version && last.large === large) {
      const positions = state.placement?.positions;
      cy.batch(() =>
        changeElements(cy, last.dataset, dataset, { organizations, alliances, positions }),
      );
      return;
    }
    cy.batch(() => {
      cy.elements().remove();
      cy.add(datasetElements(dataset, organizations, alliances));
    });
    // LayoutController places the new elements once they are there.
    state.setDrawnVersion(version);
  }, [cy, dataset, version, large]);

  return null;
}

/**
 * The elements brought to those of the edited dataset, touching only the records the edit
 * changed (an edit gives a new object to each record it changes, and keeps the others): the
 * ones gone removed, the new ones added where `positions` places them, the changed ones given
 * their new name and ends. A network of 50,000 is not walked element by element.
 */
/**
 * Where two lists of records differ: past the records both start with and before those both end
 * with (the same objects). An edit of one record in 50,000 leaves a window of one.
 */
function differingWindow<T>(
  before: readonly T[],
  after: readonly T[],
): { before: T[]; after: { record: T; index: number }[] } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  return {
    before: before.slice(start, endBefore),
    after: after.slice(start, endAfter).map((record, k) => ({ record, index: start + k })),
  };
}

function changeElements(
  cy: Core,
  before: Dataset,
  after: Dataset,
  looks: {
    organizations: OrganizationLooks;
    alliances: AllianceLooks | null;
    positions: Float32Array | undefined;
  },
): void {
  const { organizations, alliances, positions } = looks;
  const changedOrganizations = differingWindow(before.organizations, after.organizations);
  const ids = new Set(changedOrganizations.after.map(({ record }) => record.id));
  const had = new Set<unknown>(changedOrganizations.before);
  for (const o of changedOrganizations.before) {
    if (!ids.has(o.id)) cy.getElementById(nodeId(o.id)).remove();
  }
  const added: cytoscape.ElementDefinition[] = [];
  for (const { record: o, index: i } of changedOrganizations.after) {
    if (had.has(o)) continue;
    const element = cy.getElementById(nodeId(o.id));
    if (element.nonempty()) {
      if (element.data('name') !== o.name)
        element.data({ name: o.name, label: graphLabel(o.name) });
      continue;
    }
    const definition = organizationElement(o, i, organizations, alliances !== null);
    if (positions) definition.position = { x: positions[2 * i]!, y: positions[2 * i + 1]! };
    added.push(definition);
  }
  cy.add(added);
  if (!alliances) return;
  const changedLinks = differingWindow(before.links, after.links);
  const was = new Set<unknown>(changedLinks.before);
  const keys = new Set(changedLinks.after.map(({ record }) => record.key));
  for (const l of changedLinks.before) {
    if (!keys.has(l.key)) cy.getElementById(edgeId(l.key)).remove();
  }
  const edges: cytoscape.ElementDefinition[] = [];
  for (const { record: l, index: i } of changedLinks.after) {
    if (was.has(l)) continue;
    const edge = cy.getElementById(edgeId(l.key));
    if (edge.nonempty()) {
      if (edge.data('source') === nodeId(l.source) && edge.data('target') === nodeId(l.target))
        continue;
      edge.remove();
    }
    edges.push(allianceElement(l, i, alliances));
  }
  cy.add(edges);
}

/**
 * Render-less: selects and centres the organisation picked by search or a click; one a view
 * names (a link, Back and Forward) is not centred: the view's camera says where to look.
 */
function SelectionController({ cy, large }: { cy: Core; large: boolean }) {
  const selected = useAtlas((s) => s.selectedOrganization);
  const version = useAtlas((s) => s.datasetVersion);

  useEffect(() => {
    cy.batch(() => cy.$(':selected').unselect());
    if (selected === null) return;
    const node = cy.getElementById(nodeId(selected));
    if (node.empty()) return;
    node.select();
    // The spotlight's partners are framed already (CameraController): stepping to one stays put.
    if (atlasState().cameraPending || atlasState().spotlight !== null) return;
    const zoom = Math.max(cy.zoom(), 1.2);
    if (large) cy.viewport({ zoom, pan: { x: 0, y: 0 } }).center(node);
    else cy.animate({ center: { eles: node }, zoom }, { duration: 400 });
  }, [cy, selected, version, large]);

  return null;
}

/** The size on screen of the name of the organisation under the pointer, whatever the zoom. */
const HOVER_LABEL_PX = 13;
const HOVER_LABEL_WIDTH_PX = 360;

/** Render-less: the organisation under the pointer shows its whole name, whatever the zoom. */
function HoverController({ cy }: { cy: Core }) {
  useEffect(() => {
    const over = (event: cytoscape.EventObject) => {
      const node: NodeSingular = event.target;
      const zoom = cy.zoom();
      node
        .style({
          'font-size': HOVER_LABEL_PX / zoom,
          'text-max-width': `${Math.round(HOVER_LABEL_WIDTH_PX / zoom)}px`,
        })
        .addClass('hovered');
    };
    const out = (event: cytoscape.EventObject) => {
      const node: NodeSingular = event.target;
      node.removeStyle('font-size text-max-width').removeClass('hovered');
    };
    cy.on('mouseover', 'node', over);
    cy.on('mouseout', 'node', out);
    return () => {
      cy.off('mouseover', 'node', over);
      cy.off('mouseout', 'node', out);
    };
  }, [cy]);
  return null;
}
