/**
 * How places look, shared by the build (legend, list) and the browser (markers): a colour and
 * a shape per kind, a colour per layout group, and the SVG that draws them. No dependencies, so
 * pages without a map can render the legend without pulling in Leaflet.
 */

export type Shape = 'circle' | 'square' | 'diamond' | 'triangle' | 'hexagon' | 'star' | 'pentagon' | 'ring';

export interface KindStyle {
  /** Label shown in the legend and the list. */
  label: string;
  /** Fill colour (Okabe–Ito palette; every shape also has a dark outline for contrast). */
  colour: string;
  shape: Shape;
}

/** Keyed by the kinds in `src/schemas/places.ts` (kept in step by a test). */
export const kindStyles: Record<string, KindStyle> = {
  district: { label: '区', colour: '#ffffff', shape: 'ring' },
  area: { label: '片区', colour: '#009e73', shape: 'hexagon' },
  park: { label: '产业园区', colour: '#0072b2', shape: 'circle' },
  carrier: { label: '产业载体', colour: '#e69f00', shape: 'square' },
  lab: { label: '实验室', colour: '#cc79a7', shape: 'triangle' },
  facility: { label: '科研设施', colour: '#56b4e9', shape: 'diamond' },
  platform: { label: '平台', colour: '#d55e00', shape: 'star' },
  'industrial-site': { label: '化工基地', colour: '#8c8c8c', shape: 'pentagon' },
};

export const precisionLabels: Record<string, string> = {
  site: '位置较准（半径约1公里）',
  area: '位置为估计',
  district: '仅知所在区',
};

/** Layout group colours, by the group's position in its layout (distinct from kind colours). */
export const groupColours = ['#b2182b', '#5e3c99', '#01665e', '#8c510a', '#c51b7d'];

export function groupColour(index: number): string {
  return groupColours[index % groupColours.length]!;
}

const OUTLINE = '#1d1d1f';

/**
 * An SVG element as data: the build renders it to markup (`svgMarkup`, legend and list), the
 * browser to DOM (`svgElement` in `dom.ts`, markers). Colours are SVG attributes (`fill`,
 * `stroke`), never `style`, so both work under the site's strict CSP.
 */
export interface SvgNode {
  tag: string;
  attrs: Record<string, string | number>;
  children?: SvgNode[];
}

const node = (tag: string, attrs: SvgNode['attrs'], children?: SvgNode[]): SvgNode => (children ? { tag, attrs, children } : { tag, attrs });

function shapeNode(shape: Shape, c: number, r: number): SvgNode {
  const points = (n: number, rotate: number, radius = r) =>
    Array.from({ length: n }, (_, i) => {
      const a = rotate + (i * 2 * Math.PI) / n;
      return `${(c + radius * Math.cos(a)).toFixed(2)},${(c + radius * Math.sin(a)).toFixed(2)}`;
    }).join(' ');
  const shapes: Record<Shape, () => SvgNode> = {
    circle: () => node('circle', { cx: c, cy: c, r }),
    ring: () => node('circle', { cx: c, cy: c, r }),
    square: () => node('rect', { x: c - r * 0.85, y: c - r * 0.85, width: r * 1.7, height: r * 1.7 }),
    diamond: () => node('polygon', { points: points(4, -Math.PI / 2, r * 1.1) }),
    triangle: () => node('polygon', { points: points(3, -Math.PI / 2, r * 1.15) }),
    hexagon: () => node('polygon', { points: points(6, 0) }),
    pentagon: () => node('polygon', { points: points(5, -Math.PI / 2) }),
    star: () => {
      const star = Array.from({ length: 10 }, (_, i) => {
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        const radius = i % 2 === 0 ? r * 1.15 : r * 0.5;
        return `${(c + radius * Math.cos(a)).toFixed(2)},${(c + radius * Math.sin(a)).toFixed(2)}`;
      }).join(' ');
      return node('polygon', { points: star });
    },
  };
  return shapes[shape]();
}

const svgRoot = (size: number, children: SvgNode[]): SvgNode =>
  node(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', width: size, height: size, viewBox: `0 0 ${size} ${size}`, 'aria-hidden': 'true', focusable: 'false' },
    children,
  );

/**
 * An SVG symbol for a kind, `size` px square. District-level places are drawn hollow and dashed
 * (their position is only a stand-in); decorative, so hidden from assistive technology.
 */
export function symbolTree(kind: string, options: { size?: number; hollow?: boolean } = {}): SvgNode {
  const size = options.size ?? 18;
  const style = kindStyles[kind] ?? kindStyles.park!;
  const c = size / 2;
  const r = size / 2 - 2;
  const hollow = options.hollow || style.shape === 'ring';
  const group = node(
    'g',
    { fill: hollow ? '#ffffff' : style.colour, stroke: OUTLINE, 'stroke-width': 1.5, ...(options.hollow ? { 'stroke-dasharray': '2 1.5' } : {}) },
    [shapeNode(style.shape, c, r)],
  );
  const children = [group];
  if (style.shape === 'ring') children.push(node('circle', { cx: c, cy: c, r: r * 0.35, fill: OUTLINE }));
  if (options.hollow && style.shape !== 'ring') children.push(node('circle', { cx: c, cy: c, r: Math.max(1.5, r * 0.3), fill: style.colour, stroke: 'none' }));
  return svgRoot(size, children);
}

/** A ring in a layout group's colour: the legend swatch and the halo around a place on the map. */
export function groupRingTree(colour: string, size = 14, strokeWidth = 3): SvgNode {
  const c = size / 2;
  return svgRoot(size, [node('circle', { cx: c, cy: c, r: c - strokeWidth / 2, fill: 'none', stroke: colour, 'stroke-width': strokeWidth })]);
}

const escapeAttribute = (value: string) => value.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;');

/** Markup for an SVG tree (build time: legend, list), attribute values escaped. */
export function svgMarkup(tree: SvgNode): string {
  const attrs = Object.entries(tree.attrs)
    .map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`)
    .join('');
  return `<${tree.tag}${attrs}>${(tree.children ?? []).map(svgMarkup).join('')}</${tree.tag}>`;
}

/** The symbol as markup (build time). */
export function symbolSvg(kind: string, options: { size?: number; hollow?: boolean } = {}): string {
  return svgMarkup(symbolTree(kind, options));
}

/** A small ring swatch for a layout group (legend and list), as markup. */
export function groupSwatchSvg(colour: string, size = 14): string {
  return svgMarkup(groupRingTree(colour, size));
}
