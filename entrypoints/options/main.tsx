import { render } from 'preact';
import { OptionsApp } from '@/components/options/options-app';
import '../sidepanel/style.css';
import './options.css';

render(<OptionsApp />, document.getElementById('app')!);
