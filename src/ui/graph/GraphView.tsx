/**
 * The network on screen: one Cytoscape instance, created on mount and destroyed on unmount.
 * Dataset changes are pushed into it by the controller effect below, inside one batch, and the
 * layout runs after the batch. The container carries `data-nodes`, `data-edges` and `data-ready`
 * so that browser tests (and assistive summaries) can read what is drawn.
 */
import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useTranslation } from 'react-i18next';
import { atlasState, useAtlas } from '../../state/useAtlas';
import { nodeId } from './elementIds';
import { datasetElements, LARGE_NETWORK } from './elements';
import { graphStylesheet } from './stylesheet';
import { fitToFreeArea } from './viewport';
import { LabelController } from './LabelController';
import { EncodingController } from './EncodingController';
import { LayoutController } from './LayoutController';
import { VisibilityController } from './VisibilityController';
import { PathController } from './PathController';
import { GroupCaptions } from './GroupCaptions';
import { NetworkLayer } from './NetworkLayer';
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
    // The message panel above the graph opens and closes: keep the drawing fitted to the box.
    const resizing = new ResizeObserver(() => {
      instance.resize();
      if (instance.container()?.dataset.ready === 'true') fitToFreeArea(instance);
    });
    resizing.observe(container.current);
    return () => {
      resizing.disconnect();
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
        data-ready="false"
        role="img"
        aria-label={t('graph.label')}
      >
        {/* Listeners first: effects run in this order, and the dataset's first fit emits. */}
        {cy && <LabelController cy={cy} />}
        {cy && <HoverController cy={cy} />}
        {cy && <DatasetController cy={cy} />}
        {cy && <EncodingController cy={cy} />}
        {cy && <LayoutController cy={cy} />}
        {cy && <VisibilityController cy={cy} />}
        {cy && <SelectionController cy={cy} large={large} />}
        {cy && <PathController cy={cy} />}
      </div>
      {cy && layout === 'sector' && <GroupCaptions cy={cy} />}
    </>
  );
}

/** Render-less: replaces the graph's elements when the dataset changes. */
function DatasetController({ cy }: { cy: Core }) {
  const dataset = useAtlas((s) => s.dataset);
  const version = useAtlas((s) => s.datasetVersion);

  useEffect(() => {
    const element = cy.container();
    if (!dataset || !element) return;
    element.dataset.ready = 'false';
    const large = dataset.organizations.length > LARGE_NETWORK;
    // A large network's alliances are drawn by NetworkLayer, not by Cytoscape.
    const { elements, maxWeight } = datasetElements(dataset, { links: !large });
    cy.batch(() => {
      cy.elements().remove();
      cy.style(graphStylesheet({ maxWeight, large }));
      cy.add(elements);
    });
    element.dataset.nodes = String(cy.nodes().length);
    element.dataset.edges = String(dataset.links.length);
    // LayoutController places the new elements and says when the drawing is ready.
  }, [cy, dataset, version]);

  return null;
}

/** Render-less: selects, centres and highlights the organisation picked by search. */
function SelectionController({ cy, large }: { cy: Core; large: boolean }) {
  const selected = useAtlas((s) => s.selectedOrganization);
  const version = useAtlas((s) => s.datasetVersion);

  useEffect(() => {
    cy.batch(() => cy.$(':selected').unselect());
    const container = cy.container();
    if (container) container.dataset.selected = '';
    if (selected === null) return;
    const node = cy.getElementById(nodeId(selected));
    if (node.empty()) return;
    node.select();
    if (container) container.dataset.selected = selected;
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
