import Sigma from 'sigma';
import { h } from './dom';
import type { ViewGraph } from './graph-model';
import type { DrawnGraph, GraphOptions } from './drawing';

/**
 * The WebGL renderer (sigma v3): wheel to zoom, drag to pan, click a node to open it.
 * Its snapshot copies the layers sigma draws on into one white canvas (the PNG download).
 */
export function sigmaView(stage: HTMLElement, g: ViewGraph, opts: GraphOptions): DrawnGraph {
  const renderer = new Sigma(g, stage, {
    defaultEdgeType: 'arrow',
    renderEdgeLabels: Boolean(opts.edgeLabels),
    labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    labelSize: 13,
    labelRenderedSizeThreshold: 5,
    edgeLabelSize: 11,
    zIndex: true,
    minCameraRatio: 0.1,
    maxCameraRatio: 10,
    // A view's drawing is small enough to name every node; sigma would otherwise hide
    // labels that collide, and an unnamed dot helps nobody.
    nodeReducer: g.order <= 60 ? (_node, data) => ({ ...data, forceLabel: true }) : null,
  });
  renderer.on('clickNode', ({ node }) => {
    const href = opts.hrefOf(node);
    if (href) opts.onOpen(href);
  });
  renderer.on('enterNode', () => (stage.style.cursor = 'pointer'));
  renderer.on('leaveNode', () => (stage.style.cursor = ''));
  const camera = renderer.getCamera();
  // Sigma frames node centres; labels run to the right of their node, so leave room for them.
  const home = { x: 0.5, y: 0.5, ratio: 1.2, angle: 0 };
  camera.setState(home);
  return {
    renderer: 'webgl',
    zoom: (f: number) => void camera.animate({ ratio: camera.ratio / f }, { duration: 200 }),
    pan: (dx: number, dy: number) => {
      const s = camera.getState();
      const { width, height } = renderer.getDimensions();
      void camera.animate({ x: s.x + (dx / width) * s.ratio, y: s.y - (dy / height) * s.ratio }, { duration: 150 });
    },
    reset: () => void camera.animate(home, { duration: 200 }),
    async snapshot() {
      // WebGL clears its buffers once a frame is shown: draw now and copy in the same task.
      renderer.refresh();
      const layers = renderer.getCanvases();
      const first = layers.nodes!;
      const out = h('canvas', { width: first.width, height: first.height });
      const ctx = out.getContext('2d')!;
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, out.width, out.height);
      for (const id of ['edges', 'edgeLabels', 'nodes', 'labels']) {
        const layer = layers[id];
        if (layer) ctx.drawImage(layer, 0, 0);
      }
      return out;
    },
    destroy: () => renderer.kill(),
  };
}
