import type { Activity } from '../domain/activity';
import type { Company } from '../domain/company';
import type { Deal } from '../domain/deal';
import type { FollowUp } from '../domain/follow-up';
import type { Person } from '../domain/person';
import type { Pipeline } from '../domain/pipeline';
import type { Settings } from '../domain/settings';

/**
 * Stored rows are the domain entities, plus the few fields that exist only to be indexed. Those are
 * maintained by the repositories and never leave lib/db.
 */
export type PersonRow = Person;
export type CompanyRow = Company;
export type DealRow = Deal;

/** `dedupeKey` makes logging idempotent (e.g. `email:<account>:<gmail id>:<person>`). */
export type ActivityRow = Activity & { dedupeKey?: string };

/** `openDueAt` is the snooze-aware due time while open, absent once done: the reminder scan's index. */
export type FollowUpRow = FollowUp & { openDueAt?: number };

export type PipelineRow = Pipeline & { position: number };

export interface SettingsRow {
  id: 'settings';
  value: Settings;
}

/** Detections per page kind per day, for the options page ("detection counts over time"). */
export interface DetectionStatRow {
  day: string;
  pageKind: string;
  pages: number;
  contacts: number;
  degraded: number;
}
