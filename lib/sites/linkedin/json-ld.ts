import { identityKeyOf } from './profile-url';
import { queryAll, type Budget } from '../shared/budget';
import { textOrNull } from '../shared/text';

// Public (signed-out) profiles carry schema.org JSON-LD: the most stable signal when present.

export interface JsonLdPerson {
  name: string | null;
  title: string | null;
  company: string | null;
  locality: string | null;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function firstOf(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function stringOf(value: unknown): string | null {
  const first = firstOf(value);
  if (typeof first === 'string') return textOrNull(first);
  if (isObject(first) && typeof first['name'] === 'string') return textOrNull(first['name']);
  return null;
}

function nodesOf(data: unknown): Json[] {
  if (Array.isArray(data)) return data.filter(isObject);
  if (!isObject(data)) return [];
  const graph = data['@graph'];
  return Array.isArray(graph) ? graph.filter(isObject) : [data];
}

function toPerson(node: Json): JsonLdPerson {
  const address = firstOf(node['address']);
  return {
    name: stringOf(node['name']),
    title: stringOf(node['jobTitle']),
    company: stringOf(node['worksFor']),
    locality: isObject(address) ? stringOf(address['addressLocality']) : null,
  };
}

/** The JSON-LD Person whose url is the profile (by identity key), or null. */
export function readJsonLdPerson(doc: Document, profileKey: string | null, budget: Budget): JsonLdPerson | null {
  for (const script of queryAll(doc, 'script[type="application/ld+json"]', budget, 5)) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // malformed JSON-LD is common; other layers still run
    }
    for (const node of nodesOf(data)) {
      if (node['@type'] !== 'Person') continue;
      const url = stringOf(node['url']) ?? stringOf(node['sameAs']);
      const key = url ? identityKeyOf(url) : null;
      if (profileKey !== null && key !== profileKey) continue;
      return toPerson(node);
    }
  }
  return null;
}
