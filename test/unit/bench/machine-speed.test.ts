import { describe, expect, it } from 'vitest';
import { formatMachineSpeed, measureMachineSpeed } from '../../bench/machine-speed';

describe('measureMachineSpeed', () => {
  it('times each part of the workload, and a larger workload takes longer', () => {
    const small = measureMachineSpeed(0.01);
    const larger = measureMachineSpeed(0.2);
    for (const part of ['arithmeticMs', 'randomReadsMs', 'freshPagesMs'] as const) {
      expect(small[part]).toBeGreaterThan(0);
      expect(Number.isFinite(small[part])).toBe(true);
    }
    expect(larger.arithmeticMs).toBeGreaterThan(small.arithmeticMs);
    expect(formatMachineSpeed(small)).toMatch(/^arithmetic \d+ ms, random reads \d+ ms, fresh pages \d+ ms$/);
  });
});
