import { render } from 'preact';
import { getDb } from '@/lib/db/schema';
import { reopenAfterUpgrades } from '@/lib/panel/db-lifecycle';
import { App } from './App';
import './style.css';

// Open the database while the first render runs: every view's first query would otherwise wait for
// IndexedDB's open (and Dexie's version check) after the view has mounted.
void getDb()
  .open()
  .catch((error: unknown) => console.error('[sidecar] database open failed', error));

// Never hold up the worker's schema upgrade (lib/panel/db-lifecycle.ts).
reopenAfterUpgrades(getDb());

render(<App />, document.getElementById('app')!);
