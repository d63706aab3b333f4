import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compactPath, prepareGeo } from '../../scripts/prepare-geo';
import { loadMapGeometry } from '$lib/geo/geometry.server';
import { anchorsFor, parseRings, shapeAnchor } from '$lib/charts/map/anchors';
import { labelAnchor, placeLabels } from '$lib/charts/map/labels';
import {
  FIT,
  fitMapProjection,
  mapProjection,
  projectPoint,
  REF_HEIGHT,
  REF_WIDTH,
} from '$lib/geo/projection';
import { regionBoxes, regionTransform } from '$lib/charts/map/regions';
import { footprintGeoErrors, joinFootprint, mapCodes, unmatchedCodes } from '$lib/data/geo';
import { footprintFile, type Country } from '$lib/data/schema';
import { storyDir } from '../fixtures/story';

const geometry = loadMapGeometry();
// The frozen story dataset: a case below breaks its second country.
const footprintText = readFileSync(`${storyDir}/footprint.json`, 'utf8');
const footprint = footprintFile.parse(JSON.parse(footprintText));

describe('prepared geometry', () => {
  it('is what scripts/prepare-geo.ts produces today (rerun it after changing the script)', () => {
    expect(prepareGeo()).toEqual(geometry);
  }, 30_000);

  it('has one entry per country, alpha-3 codes, no Antarctica, and a reference box', () => {
    expect([geometry.width, geometry.height]).toEqual([REF_WIDTH, REF_HEIGHT]);
    const shapeCodes = geometry.shapes.map((s) => s.iso3);
    expect(new Set(shapeCodes).size).toBe(shapeCodes.length);
    for (const code of mapCodes(geometry)) expect(code).toMatch(/^[A-Z]{3}$/);
    expect(mapCodes(geometry).has('ATA')).toBe(false);
    expect(geometry.shapes.length).toBeGreaterThan(170);
  });

  it('draws countries missing from 110m as markers at their 50m centroid', () => {
    const sgp = geometry.markers.find((m) => m.iso3 === 'SGP')!;
    expect(sgp).toBeDefined();
    expect(geometry.shapes.some((s) => s.iso3 === 'SGP')).toBe(false);
    const [x, y] = projectPoint(mapProjection(), 103.8, 1.35);
    expect(Math.hypot(sgp.x - x, sgp.y - y)).toBeLessThan(3);
    for (const code of ['MLT', 'BHR', 'MDV', 'VAT']) expect(mapCodes(geometry).has(code)).toBe(true);
  });

  it('keeps every shape inside the reference box, with one-decimal numbers', () => {
    for (const s of geometry.shapes) {
      expect(s.d).toMatch(/^(M-?\d+(\.\d)?,-?\d+(\.\d)?l[-\d. ]+z)+$/);
      for (const ring of parseRings(s.d))
        for (const [x, y] of ring) {
          expect(x).toBeGreaterThan(-1);
          expect(x).toBeLessThan(REF_WIDTH + 1);
          expect(y).toBeGreaterThan(-1);
          expect(y).toBeLessThan(REF_HEIGHT + 1);
        }
    }
  });

  it('weighs at most 40 KB gzipped as SVG markup', () => {
    const markup =
      geometry.shapes.map((s) => `<path class="shape" data-iso3="${s.iso3}" d="${s.d}"></path>`).join('') +
      geometry.markers
        .map((m) => `<g class="marker" data-iso3="${m.iso3}" data-x="${m.x}" data-y="${m.y}"></g>`)
        .join('');
    expect(gzipSync(markup, { level: 9 }).length).toBeLessThanOrEqual(40 * 1024);
  });

  it('writes compact relative paths that parse back to the same points', () => {
    const rings: [number, number][][] = [
      [
        [10, 20],
        [10.54, 20],
        [12, 18.25],
        [12, 18.25],
        [10, 20],
      ],
    ];
    const d = compactPath(rings);
    expect(d).toBe('M10,20l0.5 0 1.5-1.7-2 1.7z');
    expect(parseRings(d)[0].map(([x, y]) => [Math.round(x * 10) / 10, Math.round(y * 10) / 10])).toEqual([
      [10, 20],
      [10.5, 20],
      [12, 18.3],
      [10, 20],
    ]);
  });
});

describe('projection and anchors', () => {
  it('ships the numbers that fitting the projection gives, to the last digit', () => {
    const fitted = fitMapProjection();
    expect({ scale: fitted.scale(), translate: fitted.translate() }).toEqual(FIT);
    expect(mapProjection()([117.2, 39.13])).toEqual(fitted([117.2, 39.13]));
  });

  it('puts Tianjin inside China and Khomam inside Iran', () => {
    const p = mapProjection();
    const inside = (iso3: string, [x, y]: [number, number]) => {
      const xs = parseRings(geometry.shapes.find((s) => s.iso3 === iso3)!.d).flat();
      return (
        x > Math.min(...xs.map((q) => q[0])) &&
        x < Math.max(...xs.map((q) => q[0])) &&
        y > Math.min(...xs.map((q) => q[1])) &&
        y < Math.max(...xs.map((q) => q[1]))
      );
    };
    expect(inside('CHN', projectPoint(p, 117.2, 39.13))).toBe(true);
    expect(inside('IRN', projectPoint(p, 49.66, 37.39))).toBe(true);
  });

  it('anchors the United States on its mainland, not between it and Alaska', () => {
    const [x, y] = shapeAnchor(geometry.shapes.find((s) => s.iso3 === 'USA')!.d);
    const [ex, ey] = projectPoint(mapProjection(), -98, 39);
    expect(Math.hypot(x - ex, y - ey)).toBeLessThan(25);
    expect(anchorsFor(geometry, ['SGP']).get('SGP')).toEqual([
      geometry.markers.find((m) => m.iso3 === 'SGP')!.x,
      geometry.markers.find((m) => m.iso3 === 'SGP')!.y,
    ]);
  });
});

describe('joining footprint.json to the map', () => {
  it('finds every footprint code as a shape or a marker', () => {
    expect(unmatchedCodes(footprint.countries, geometry)).toEqual([]);
    const joined = joinFootprint(footprint.countries, geometry);
    for (const c of footprint.countries) {
      const j = joined.get(c.iso3)!;
      expect(j.shape ?? j.marker).toBeDefined();
    }
  });

  it('reports unknown codes', () => {
    const bad = [{ iso3: 'IRN' }, { iso3: 'XYZ' }, { iso3: 'ATA' }] as Country[];
    expect(unmatchedCodes(bad, geometry)).toEqual(['XYZ', 'ATA']);
  });

  it('turns an unknown code into a data error naming file, line, field and a fix', () => {
    const text = footprintText.replace('"iso3": "IRN"', '"iso3": "IRM"');
    const [error, ...rest] = footprintGeoErrors(text, geometry);
    expect(rest).toEqual([]);
    const line = text.split('\n').findIndex((l) => l.includes('"IRM"')) + 1;
    expect(error).toMatchObject({ file: 'data/footprint.json', line, pointer: '/countries/1/iso3' });
    expect(error.message).toMatch(/"IRM" is not a country on the map.*did you mean "[A-Z]{3}"/);
    expect(footprintGeoErrors(footprintText, geometry)).toEqual([]);
  });
});

describe('regions', () => {
  it('frames each region inside the reference box, and the world as is', () => {
    expect(regionTransform('world', REF_WIDTH, REF_HEIGHT)).toEqual({ k: 1, x: 0, y: 0 });
    for (const region of Object.keys(regionBoxes) as (keyof typeof regionBoxes)[]) {
      if (region === 'world') continue;
      const t = regionTransform(region, REF_WIDTH, REF_HEIGHT);
      expect(t.k).toBeGreaterThan(1);
      const [[w, s], [e, n]] = regionBoxes[region];
      const [cx, cy] = projectPoint(mapProjection(), (w + e) / 2, (s + n) / 2);
      const sx = t.k * cx + t.x;
      const sy = t.k * cy + t.y;
      expect(sx).toBeGreaterThan(0.3 * REF_WIDTH);
      expect(sx).toBeLessThan(0.7 * REF_WIDTH);
      expect(sy).toBeGreaterThan(0.2 * REF_HEIGHT);
      expect(sy).toBeLessThan(0.8 * REF_HEIGHT);
    }
  });
});

describe('labels', () => {
  const overlap = (a: DOMRectLike, b: DOMRectLike) =>
    a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
  interface DOMRectLike {
    x0: number;
    y0: number;
    x1: number;
    y1: number;
  }

  it('never overlaps, hides lower-priority labels first, and is deterministic', () => {
    const input = [
      { id: 'a', text: 'Tianjin', x: 100, y: 50 },
      { id: 'b', text: 'Beijing-ish', x: 104, y: 52 },
      { id: 'c', text: 'Near', x: 108, y: 48 },
      { id: 'c2', text: 'Nearer still', x: 102, y: 46 },
      { id: 'c3', text: 'Crowded', x: 106, y: 54 },
      { id: 'd', text: 'Far away', x: 300, y: 120 },
    ];
    const placed = placeLabels(input, { width: 360, height: 157 });
    expect(placeLabels(input, { width: 360, height: 157 })).toEqual(placed);
    expect(placed[0].visible).toBe(true);
    expect(placed.find((l) => l.id === 'd')!.visible).toBe(true);
    const boxes = placed
      .filter((l) => l.visible)
      .map((l) => {
        const w = Math.ceil(l.text.length * 12 * 0.58);
        const x0 = l.x + l.dx - { start: 0, middle: w / 2, end: w }[labelAnchor(l.side)];
        return { x0, x1: x0 + w, y0: l.y + l.dy - 7, y1: l.y + l.dy + 7 };
      });
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i], boxes[j])).toBe(false);
    expect(placed.filter((l) => !l.visible).length).toBeGreaterThan(0);
  });

  it('hides labels whose point is outside the visible map', () => {
    const [l] = placeLabels([{ id: 'x', text: 'Off', x: -20, y: 10 }], { width: 360, height: 157 });
    expect(l.visible).toBe(false);
  });
});
