import { describe, expect, it } from 'vitest';
import { betaBinomial, readiness } from '../../scoring/readiness.ts';

const exam = (raw: number, cut = 32) => ({ raw, scoredCount: 50, cut });

describe('readiness', () => {
  it('says so rather than guessing with fewer than two full exams', () => {
    expect(readiness([], 720)).toEqual({ status: 'insufficient', have: 0, need: 2 });
    expect(readiness([exam(40)], 720)).toEqual({ status: 'insufficient', have: 1, need: 2 });
  });

  it('gives a probability distribution that sums to one', () => {
    const p = betaBinomial(50, 31.5, 12.2);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it('predicts a pass for a strong candidate and a fail for a weak one, with a range around the prediction', () => {
    const strong = readiness([exam(44), exam(42), exam(43)], 720);
    const weak = readiness([exam(22), exam(25)], 720);
    if (strong.status !== 'estimate' || weak.status !== 'estimate') throw new Error('expected estimates');
    expect(strong.passProbability).toBeGreaterThan(0.9);
    expect(strong.predicted).toBeGreaterThan(720);
    expect(weak.passProbability).toBeLessThan(0.1);
    expect(weak.predicted).toBeLessThan(720);
    for (const r of [strong, weak]) {
      expect(r.low).toBeLessThanOrEqual(r.predicted);
      expect(r.high).toBeGreaterThanOrEqual(r.predicted);
      expect(r.low).toBeGreaterThanOrEqual(100);
      expect(r.high).toBeLessThanOrEqual(1000);
    }
  });

  it('is less certain with two exams than with five at the same level', () => {
    const two = readiness([exam(33), exam(33)], 720);
    const five = readiness([exam(33), exam(33), exam(33), exam(33), exam(33)], 720);
    if (two.status !== 'estimate' || five.status !== 'estimate') throw new Error('expected estimates');
    expect(two.high - two.low).toBeGreaterThanOrEqual(five.high - five.low);
  });

  it('weighs the most recent exam most', () => {
    const improving = readiness([exam(42), exam(25)], 720);
    const declining = readiness([exam(25), exam(42)], 720);
    if (improving.status !== 'estimate' || declining.status !== 'estimate') throw new Error('expected estimates');
    expect(improving.predicted).toBeGreaterThan(declining.predicted);
  });
});
