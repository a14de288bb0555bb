import { defineContentScript } from 'wxt/utils/define-content-script';
import { sell2Wales } from '../adapters/portals.js';
import { runOnPage } from '../lib/page-check.js';

export default defineContentScript({
  matches: ['https://www.sell2wales.gov.wales/search/show/search_view.aspx*'],
  runAt: 'document_idle',
  main: () => runOnPage(sell2Wales),
});
