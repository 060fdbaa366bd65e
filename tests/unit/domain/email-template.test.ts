import { describe, expect, it } from 'vitest';
import { BUILT_IN_CADENCE } from '../../../lib/domain/cadence';
import {
  BUILT_IN_TEMPLATES,
  checkTemplateDraft,
  builtInTemplate,
  fillTemplate,
  isBuiltInTemplateId,
  placeholderValues,
} from '../../../lib/domain/email-template';

describe('email templates', () => {
  it('fills {first_name}, {company} and {my_name} and leaves other braces alone', () => {
    const values = placeholderValues({ displayName: 'Олена Коваль', givenName: null, company: 'Acme' }, 'Sam');
    expect(values).toEqual({ first_name: 'Олена', company: 'Acme', my_name: 'Sam' });
    const filled = fillTemplate(
      { id: 'x', name: 'x', subject: '{company}: {first_name}', body: 'Hi {first_name}, {unknown} — {my_name}' },
      values,
    );
    expect(filled).toEqual({ subject: 'Acme: Олена', body: 'Hi Олена, {unknown} — Sam' });
  });

  it('prefers the given name, and the built-in ones take their texts from the catalogue', () => {
    expect(placeholderValues({ displayName: 'Dr. Ann Lee', givenName: 'Ann', company: null }, null)).toEqual({
      first_name: 'Ann',
      company: '',
      my_name: '',
    });
    const intro = BUILT_IN_TEMPLATES[0];
    if (!intro) throw new Error('no built-in template');
    expect(builtInTemplate(intro, (k) => `<${k}>`)).toEqual({
      id: 'builtin:intro',
      name: '<template.intro.name>',
      subject: '<template.intro.subject>',
      body: '<template.intro.body>',
    });
  });

  it("gives each of the built-in cadence's email touches a built-in template", () => {
    const emails = BUILT_IN_CADENCE.steps.filter((s) => s.kind === 'email');
    expect(emails.length).toBe(3);
    for (const s of emails) {
      expect(isBuiltInTemplateId(s.templateId ?? '')).toBe(true);
      expect(BUILT_IN_TEMPLATES.some((b) => b.id === s.templateId)).toBe(true);
    }
  });
});

describe('checkTemplateDraft', () => {
  const draft = { name: 'Recap', subject: 'Hi {first_name}', body: 'From {my_name} at {company}' };
  it('accepts a named template with known placeholders and other braces left alone when spaced', () => {
    expect(checkTemplateDraft(draft, ['Intro'])).toEqual({});
    expect(checkTemplateDraft({ ...draft, body: 'a { b } c' }, [])).toEqual({});
  });
  it('names each problem on its field', () => {
    expect(checkTemplateDraft({ name: '  ', subject: 'x'.repeat(501), body: 'Dear {imię}' }, [])).toEqual({
      name: { code: 'empty' },
      subject: { code: 'too-long' },
      body: { code: 'unknown-placeholder', placeholder: 'imię' },
    });
    expect(checkTemplateDraft({ ...draft, name: ' recap ' }, ['Recap']).name).toEqual({ code: 'taken' });
  });
});
