// IncidentKG: YASGUI with one tab for each file of queries/, all on this server's SPARQL endpoint.
(function () {
  'use strict';
  var el = document.getElementById('yasgui');
  if (!el || typeof Yasgui === 'undefined') return;
  var endpoint = new URL(el.getAttribute('data-endpoint'), location.href).href;
  var yasgui = new Yasgui(el, {
    requestConfig: { endpoint: endpoint, method: 'POST' },
    copyEndpointOnNewTab: true,
    persistenceId: null,
    yasqe: { prefixCcApi: new URL(el.getAttribute('data-prefixes'), location.href).href },
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } }
  });
  var first = yasgui.getTab();
  var texts = document.querySelectorAll('textarea.query-text');
  texts.forEach(function (t, i) {
    yasgui.addTab(i === 0, { name: t.getAttribute('data-file'), yasqe: { value: t.value },
                             requestConfig: { endpoint: endpoint, method: 'POST' } });
  });
  if (texts.length && first) first.close();
  el.setAttribute('data-tabs', String(texts.length));
})();
