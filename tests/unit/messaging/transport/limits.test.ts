import { describe, expect, it } from 'vitest';
import {
  createCoolDowns,
  createPeopleBudget,
  createRateLimiter,
  PAGE_LIMITS,
  weightOf,
} from '@/lib/messaging/transport/limits';

describe('page port rate limiter', () => {
  it('lets a burst through, then refills at the sustained rate', () => {
    let now = 0;
    const limiter = createRateLimiter(() => now, { ...PAGE_LIMITS, inFlight: 1000 });
    let started = 0;
    for (let i = 0; i < 100; i++) if (limiter.tryStart()) started++;
    expect(started).toBe(PAGE_LIMITS.burst);
    now += 1000;
    started = 0;
    for (let i = 0; i < 100; i++) if (limiter.tryStart()) started++;
    expect(started).toBe(PAGE_LIMITS.perSecond);
  });

  it('holds at most 8 requests in flight; each answer frees a place', () => {
    const limiter = createRateLimiter(() => 0);
    for (let i = 0; i < PAGE_LIMITS.inFlight; i++) expect(limiter.tryStart()).toBe(true);
    expect(limiter.tryStart()).toBe(false);
    limiter.done();
    expect(limiter.tryStart()).toBe(true);
  });
});

describe('people budget', () => {
  it('counts distinct people per tab, forgives repeats, and forgets them after the window', () => {
    let now = 0;
    const budget = createPeopleBudget(() => now, { ...PAGE_LIMITS, people: 3 });
    expect(budget.admit(1, ['a', 'b'])).toBe(true);
    expect(budget.admit(1, ['a', 'b', 'c'])).toBe(true);
    expect(budget.admit(1, ['d'])).toBe(false);
    expect(budget.admit(2, ['d'])).toBe(true);
    now += PAGE_LIMITS.peopleWindowMs;
    expect(budget.admit(1, ['d', 'e', 'f'])).toBe(true);
    budget.forget(1);
    expect(budget.admit(1, ['x', 'y', 'z'])).toBe(true);
  });
});

describe('flooding', () => {
  it('a port refused 100 times in a row is flooding; one request let through resets the count', () => {
    let now = 0;
    const limiter = createRateLimiter(() => now, { ...PAGE_LIMITS, burst: 1, refusedBeforeClose: 3 });
    expect(limiter.tryStart()).toBe(true);
    limiter.done();
    for (let i = 0; i < 2; i++) expect(limiter.tryStart()).toBe(false);
    expect(limiter.flooding()).toBe(false);
    now += 1000;
    expect(limiter.tryStart()).toBe(true);
    for (let i = 0; i < 3; i++) limiter.tryStart();
    expect(limiter.flooding()).toBe(true);
  });

  it('a tab whose port was closed cools down before it may open another', () => {
    let now = 0;
    const coolDowns = createCoolDowns(() => now);
    coolDowns.start(4);
    expect(coolDowns.isCooling(4)).toBe(true);
    expect(coolDowns.isCooling(5)).toBe(false);
    now += PAGE_LIMITS.coolDownMs;
    expect(coolDowns.isCooling(4)).toBe(false);
  });
});

describe('request weight', () => {
  it('is one, plus one per 25 people carried; a flood of the largest reports runs out at once', () => {
    expect(weightOf({ keys: ['a'] })).toBe(1);
    expect(weightOf({ contacts: Array(200).fill({}) })).toBe(9);
    expect(weightOf(null)).toBe(1);
    const limiter = createRateLimiter(() => 0, { ...PAGE_LIMITS, inFlight: 1000 });
    let started = 0;
    for (let i = 0; i < 20; i++) if (limiter.tryStart(9)) started++;
    expect(started).toBe(5); // 50 / 9
  });
});
