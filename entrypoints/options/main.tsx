import { render } from 'preact';
import { OptionsApp } from '@/components/options/options-app';
import { getDb } from '@/lib/db/schema';
import { reopenAfterUpgrades } from '@/lib/panel/db-lifecycle';
import '../sidepanel/style.css';
import './options.css';

// Never hold up the worker's schema upgrade (lib/panel/db-lifecycle.ts).
reopenAfterUpgrades(getDb());

render(<OptionsApp />, document.getElementById('app')!);
