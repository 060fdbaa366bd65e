// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createMark } from '@/lib/sites/overlay/mark';

describe('createMark', () => {
  it('gives each overlay its own hidden SVG mark, cloned from one built once', () => {
    const a = createMark();
    const b = createMark();
    expect(a).not.toBe(b);
    expect(a.outerHTML).toBe(b.outerHTML);
    expect(a.getAttribute('aria-hidden')).toBe('true');
    expect(a.querySelectorAll('rect')).toHaveLength(2);
    a.remove();
    a.setAttribute('class', 'changed'); // a drawn copy changed later does not reach the next one
    expect(createMark().getAttribute('class')).toBe('mark');
  });
});
