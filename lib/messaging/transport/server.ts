import { z } from 'zod';
import { browser } from '#imports';
import { protocol, type ErrorCode, type MessageName } from '../protocol';
import type { Handler, Handlers } from '../handlers/handler';
import { pageRules, type PageRule } from '../page-rules';
import { allowsPageKind, extensionCaller, pageCaller, type GateDeps, type Sender } from './gate';
import { createPeopleBudget, type PeopleBudget } from './limits';

export interface ServerDeps extends GateDeps {
  budget: PeopleBudget;
}

/** The real browser's answers for the gate, and a people budget for this worker's life. */
export function browserServerDeps(): ServerDeps {
  return {
    runtimeId: browser.runtime.id,
    extensionBase: browser.runtime.getURL('/'),
    currentTab: (tabId) => browser.tabs.get(tabId),
    budget: createPeopleBudget(() => Date.now()),
  };
}

const failure = (error: ErrorCode, detail?: string) =>
  detail === undefined ? { ok: false as const, error } : { ok: false as const, error, detail };

/** Own keys of the protocol only: `constructor`, `hasOwnProperty`, `__proto__`… are unknown messages. */
export function isMessageName(type: string): type is MessageName {
  return Object.hasOwn(protocol, type);
}

/**
 * Where a message arrived: extension pages send runtime messages, content scripts speak on their
 * port (where their rate limits apply). Each scope is accepted on its own path only.
 */
export type Via = 'runtime' | 'port';

/**
 * The gate every message passes, once: the type is one of ours, the sender is who the scope needs
 * (gate.ts), the payload parses (zod), a page message is about its own site and page kind and within
 * its tab's people budget. Handlers see only the verified Caller. Bad input touches nothing; a
 * handler that throws answers 'internal' instead of leaving an unhandled rejection in the worker.
 */
export async function handleMessage(
  type: string,
  data: unknown,
  sender: Sender,
  handlers: Handlers,
  { deps = browserServerDeps(), via }: { deps?: ServerDeps; via?: Via } = {},
): Promise<unknown> {
  if (!isMessageName(type)) return failure('unknown', 'unknown message');
  const def = protocol[type];
  const path: Via = def.scope === 'extension' ? 'runtime' : 'port';
  if (via !== undefined && via !== path) return failure('forbidden', `${def.scope} messages come by ${path}`);
  const caller = def.scope === 'extension' ? extensionCaller(sender, deps) : await pageCaller(sender, deps);
  if (!caller) return failure('forbidden');
  const rule = caller.extensionPage ? null : (pageRules[type as keyof typeof pageRules] as PageRule<never>);
  if (rule && !caller.extensionPage && !rule.sites.includes(caller.site)) {
    return failure('forbidden', `not on ${caller.site}`);
  }
  const parsed = def.in.safeParse(data);
  if (!parsed.success) return failure('invalid-input', z.prettifyError(parsed.error).slice(0, 500));
  if (rule && !caller.extensionPage) {
    const claim = rule.claims?.(parsed.data as never);
    if (claim && !allowsPageKind(caller, claim.pageKind)) return failure('forbidden', 'page kind');
    if (!deps.budget.admit(caller.tabId, rule.people?.(parsed.data as never) ?? [])) {
      return failure('rate-limited', 'too many people');
    }
  }
  try {
    return await (handlers[type] as Handler<MessageName>)(parsed.data as never, caller);
  } catch (error) {
    console.error(`${type} failed`, error);
    return failure('internal', error instanceof Error ? error.message : String(error));
  }
}
