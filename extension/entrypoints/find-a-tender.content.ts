import { defineContentScript } from 'wxt/utils/define-content-script';
import { findATender } from '../adapters/portals.js';
import { runOnPage } from '../lib/page-check.js';

export default defineContentScript({
  matches: ['https://www.find-tender.service.gov.uk/Notice/*'],
  runAt: 'document_idle',
  main: () => runOnPage(findATender),
});
