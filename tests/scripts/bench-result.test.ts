import { describe, expect, it } from 'vitest';
import { formatText } from '../../scripts/bench/report-text';
import { toResult, type Measured } from '../../scripts/bench/result';
import { REFERENCES, TARGETS } from '../../scripts/bench/targets';

const machine = { nproc: 2, cpu: 'test', node: 'v20', os: 'linux', chromium: null, loadavg_start: 0 };

function measured(db?: Partial<NonNullable<Measured['db']>>, floorMs?: number): Measured {
  return {
    machine,
    node: [],
    errors: [],
    phases: {},
    popup:
      floorMs === undefined
        ? undefined
        : { todos: 5000, firstRenderMs: 120, firstPaintMs: 0, liveMs: 0, changedFirstRenderMs: 0, floorMs, domReadyMs: 0, listQueryMs: 0, runs: 7 },
    db: db && {
      engine: 'test',
      captureMs50: 15,
      bareCaptureMs50: 12,
      bulkInsertMs10000: 2100,
      bareInsertMs10000: 2000,
      searchMs10000: 20,
      searchByQuery: [],
      ...db,
    },
  };
}

describe('bench result: same-run references', () => {
  it('names only fields the summary has, for targets that exist', () => {
    const result = toResult(measured({}, 100));
    for (const [target, { field }] of Object.entries(REFERENCES)) {
      expect(Object.keys(TARGETS)).toContain(target);
      const [group, key] = field.split('.') as ['browser' | 'db', string];
      expect(result[group], field).toHaveProperty(key);
      expect(typeof result[group][key], field).toBe('number');
    }
  });

  it('reports each time target over its reference as a ratio next to the verdict', () => {
    const result = toResult(measured({}, 100));
    expect(result.targets['db.bulk_insert_ms_10000']).toMatchObject({
      value: 2100,
      met: false,
      over_by: 100,
      reference: 'db.bare_insert_ms_10000',
      reference_value: 2000,
      vs_reference: 1.05,
    });
    expect(result.targets['db.capture_ms_50']).toMatchObject({ met: true, reference_value: 12, vs_reference: 1.25 });
    expect(result.targets['browser.popup_first_render_ms_5000']).toMatchObject({ value: 120, reference_value: 100, vs_reference: 1.2 });
    // Targets without a reference carry none.
    expect(result.targets['db.search_ms_10000']).not.toHaveProperty('reference');
    expect(formatText(result)).toMatch(/db\.bulk_insert_ms_10000 +2100 +≤ 2000 ms +MISSED by 100 ms \(105% of target\) +\(1\.05× db\.bare_insert_ms_10000 2000\)/);
  });

  it('gives no ratio when the reference was not measured', () => {
    const result = toResult(measured(undefined, undefined));
    expect(result.targets['db.capture_ms_50']).toMatchObject({ value: null, reference_value: null, vs_reference: null });
    expect(result.targets['browser.popup_first_render_ms_5000']).toMatchObject({ value: null, vs_reference: null });
  });
});
