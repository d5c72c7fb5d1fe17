/**
 * The tile provider settings: OpenStreetMap by default and off until the reader switches it on;
 * a keyed provider (天地图) gets its key filled in; bad settings stop the build naming the variable.
 */
import { describe, expect, it } from 'vitest';
import { defaultTiles, tileSettings } from '../../src/config/tiles.ts';

const tianditu = {
  MAP_TILE_URL:
    'https://t{s}.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=vec&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={key}',
  MAP_TILE_LABELS_URL:
    'https://t{s}.tianditu.gov.cn/cva_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=cva&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={key}',
  MAP_TILE_SUBDOMAINS: '01234567',
  MAP_TILE_ATTRIBUTION: '地图来源：天地图',
  MAP_TILE_NAME: '天地图',
  MAP_TILE_KEY: 'abcdef0123456789',
};

describe('tile settings', () => {
  it('default to OpenStreetMap, loaded only on request', () => {
    const settings = tileSettings({});
    expect(settings.url).toBe(defaultTiles.url);
    expect(settings.attribution).toContain('OpenStreetMap');
    expect(settings.autoload).toBe(false);
  });

  it('fill the key into a keyed provider (天地图) and keep its label layer', () => {
    const settings = tileSettings(tianditu);
    expect(settings.url).toContain('tk=abcdef0123456789');
    expect(settings.url).not.toContain('{key}');
    expect(settings.labelsUrl).toContain('LAYER=cva');
    expect(settings.labelsUrl).toContain('tk=abcdef0123456789');
    expect(settings.subdomains).toBe('01234567');
    expect(settings.name).toBe('天地图');
  });

  it('stop the build on bad settings, naming the variable', () => {
    expect(() => tileSettings({ ...tianditu, MAP_TILE_KEY: undefined })).toThrow(/MAP_TILE_URL contains \{key\} but MAP_TILE_KEY is not set/u);
    expect(() => tileSettings({ MAP_TILE_URL: 'https://tiles.example/{z}/{x}/{y}.png' })).toThrow(/MAP_TILE_ATTRIBUTION is required/u);
    expect(() => tileSettings({ MAP_TILE_URL: 'http://tiles.example/{z}/{x}.png', MAP_TILE_ATTRIBUTION: 'x' })).toThrow(/MAP_TILE_URL: must be an https/u);
    expect(() => tileSettings({ MAP_TILE_AUTOLOAD: 'yes' })).toThrow(/MAP_TILE_AUTOLOAD/u);
  });
});
