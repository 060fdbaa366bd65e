import { describe, expect, it } from 'vitest';
import { createPeopleBudget, createRateLimiter, PAGE_LIMITS } from '@/lib/messaging/transport/limits';

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
