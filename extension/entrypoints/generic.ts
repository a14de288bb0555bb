import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { generic } from '../adapters/portals.js';
import { runOnPage } from '../lib/page-check.js';

/** Injected by the background into the tab the user clicked in (activeTab), never declared for any host. */
export default defineUnlistedScript(() => runOnPage(generic));
