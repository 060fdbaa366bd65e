import type { SidecarDB } from '../db/schema';

/**
 * Everything Sidecar stores about one person, for a data-subject access request (GDPR Art. 15): the
 * person with where each value came from, their timeline, deals, follow-ups and cadence runs. Search
 * tokens are derived, so left out.
 */
export async function exportPersonData(db: SidecarDB, personId: string) {
  const [person, activities, deals, followUps, cadenceRuns] = await Promise.all([
    db.prospects.get(personId),
    db.activities.where('personId').equals(personId).toArray(),
    db.deals.where('personId').equals(personId).toArray(),
    db.followUps.where('personId').equals(personId).toArray(),
    db.cadenceRuns.where('personId').equals(personId).toArray(),
  ]);
  const { searchTokens: _derived, ...stored } = person ?? { searchTokens: [] };
  return {
    format: 'sidecar-person-data',
    exportedAt: new Date().toISOString(),
    person: person ? stored : null,
    activities,
    deals,
    followUps,
    cadenceRuns,
  };
}
