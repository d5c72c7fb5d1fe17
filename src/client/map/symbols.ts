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

function shapePath(shape: Shape, c: number, r: number): string {
  const points = (n: number, rotate: number, radius = r) =>
    Array.from({ length: n }, (_, i) => {
      const a = rotate + (i * 2 * Math.PI) / n;
      return `${(c + radius * Math.cos(a)).toFixed(2)},${(c + radius * Math.sin(a)).toFixed(2)}`;
    }).join(' ');
  switch (shape) {
    case 'circle':
    case 'ring':
      return `<circle cx="${c}" cy="${c}" r="${r}"/>`;
    case 'square':
      return `<rect x="${c - r * 0.85}" y="${c - r * 0.85}" width="${r * 1.7}" height="${r * 1.7}"/>`;
    case 'diamond':
      return `<polygon points="${points(4, -Math.PI / 2, r * 1.1)}"/>`;
    case 'triangle':
      return `<polygon points="${points(3, -Math.PI / 2, r * 1.15)}"/>`;
    case 'hexagon':
      return `<polygon points="${points(6, 0)}"/>`;
    case 'pentagon':
      return `<polygon points="${points(5, -Math.PI / 2)}"/>`;
    case 'star': {
      const star = Array.from({ length: 10 }, (_, i) => {
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        const radius = i % 2 === 0 ? r * 1.15 : r * 0.5;
        return `${(c + radius * Math.cos(a)).toFixed(2)},${(c + radius * Math.sin(a)).toFixed(2)}`;
      }).join(' ');
      return `<polygon points="${star}"/>`;
    }
  }
}

/**
 * An SVG symbol for a kind, `size` px square. District-level places are drawn hollow and dashed
 * (their position is only a stand-in); decorative, so hidden from assistive technology.
 */
export function symbolSvg(kind: string, options: { size?: number; hollow?: boolean } = {}): string {
  const size = options.size ?? 18;
  const style = kindStyles[kind] ?? kindStyles.park!;
  const c = size / 2;
  const r = size / 2 - 2;
  const hollow = options.hollow || style.shape === 'ring';
  const fill = hollow ? '#ffffff' : style.colour;
  const dash = options.hollow ? ' stroke-dasharray="2 1.5"' : '';
  const inner = style.shape === 'ring' ? `<circle cx="${c}" cy="${c}" r="${r * 0.35}" fill="${OUTLINE}"/>` : '';
  const hollowMark = options.hollow && style.shape !== 'ring' ? `<circle cx="${c}" cy="${c}" r="${Math.max(1.5, r * 0.3)}" fill="${style.colour}" stroke="none"/>` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" aria-hidden="true" focusable="false"><g fill="${fill}" stroke="${OUTLINE}" stroke-width="1.5"${dash}>${shapePath(style.shape, c, r)}</g>${inner}${hollowMark}</svg>`;
}

/** A small filled swatch for a layout group (legend and list). */
export function groupSwatchSvg(colour: string, size = 14): string {
  const c = size / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" aria-hidden="true" focusable="false"><circle cx="${c}" cy="${c}" r="${c - 1.5}" fill="none" stroke="${colour}" stroke-width="3"/></svg>`;
}
