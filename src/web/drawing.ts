/** The contract between a view, the graph frame (graph-view.ts) and its two renderers. */

/** A drawn graph: how to take a picture of it and how to let it go. */
export interface GraphHandle {
  /** 'webgl' (sigma) or 'svg' (the fallback). */
  renderer: 'webgl' | 'svg';
  /** The drawing as it is on screen, on a white canvas. */
  snapshot(): Promise<HTMLCanvasElement>;
  /** The picture as a standalone SVG document (the map, or an SVG drawing of the graph). */
  svgText?(): string;
  destroy(): void;
}

/** What each renderer provides: the handle plus the camera moves the zoom buttons and keys use. */
export interface DrawnGraph extends GraphHandle {
  zoom(factor: number): void;
  pan(dx: number, dy: number): void;
  reset(): void;
}

export interface GraphOptions {
  /** Says what the drawing shows (for screen readers and the PNG title). */
  title: string;
  hrefOf: (node: string) => string | undefined;
  onOpen: (href: string) => void;
  edgeLabels?: boolean;
  height?: number;
}
