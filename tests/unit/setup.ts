import { configure } from '@testing-library/preact';

// The machine is shared (2 cores): give findBy/waitFor room so a busy moment is not a failure.
// Assertions still fail when the thing never appears; nothing here asserts on timings.
configure({ asyncUtilTimeout: 5_000 });
