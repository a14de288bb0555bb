import { defineContentScript } from 'wxt/utils/define-content-script';
import { publicContractsScotland } from '../adapters/portals.js';
import { runOnPage } from '../lib/page-check.js';

export default defineContentScript({
  matches: ['https://www.publiccontractsscotland.gov.uk/search/show/search_view.aspx*'],
  runAt: 'document_idle',
  main: () => runOnPage(publicContractsScotland),
});
