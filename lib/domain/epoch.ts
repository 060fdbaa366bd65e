import { z } from 'zod';
import { EPOCH_END } from './epoch-range';

/**
 * Every instant in every schema (entities, message payloads and replies, backups): integer epoch
 * milliseconds in `[0, Date.UTC(2200, 0, 1))`. Calendar arithmetic on anything larger (an Invalid
 * Date past ±8.64e15, or far-future years) is what hung the worker (issue 16); schema v6 repaired
 * rows stored before this bound (lib/db/migrations/v6.ts).
 */
export const EpochSchema = z.number().int().min(0).lt(EPOCH_END);
