/**
 * Messages between the page and the layout worker: tagged unions on `type`. The layout is one
 * synchronous run inside the worker, so the page cancels by terminating the worker, not by a
 * message.
 */
import type { ForceLayoutInput } from '../layout/forceAtlas2';

export type LayoutRequest = {
  type: 'forceAtlas2';
  id: number;
  input: ForceLayoutInput;
  iterations: number;
};

export type LayoutResponse =
  | { type: 'progress'; id: number; fraction: number }
  /** `positions` is transferred, [x0, y0, x1, y1, …] in the order of the request's nodes. */
  | { type: 'done'; id: number; positions: Float64Array }
  | { type: 'failed'; id: number; message: string };
