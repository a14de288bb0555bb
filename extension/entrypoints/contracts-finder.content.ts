import { defineContentScript } from 'wxt/utils/define-content-script';
import { contractsFinder } from '../adapters/portals.js';
import { runOnPage } from '../lib/page-check.js';

export default defineContentScript({
  matches: ['https://www.contractsfinder.service.gov.uk/Notice/*'],
  runAt: 'document_idle',
  main: () => runOnPage(contractsFinder),
});
