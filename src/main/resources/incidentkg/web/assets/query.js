// IncidentKG: the query editor. Posts the query to the SPARQL endpoint and shows the results as text.
(function () {
  'use strict';
  var form = document.getElementById('query-form');
  if (!form) return;
  var area = document.getElementById('query');
  var select = document.getElementById('query-file');
  var status = document.getElementById('status');
  var results = document.getElementById('results');
  var NS = 'https://w3id.org/incidentkg/resource/';
  select.addEventListener('change', function () {
    var t = document.querySelector('textarea.query-text[data-file="' + CSS.escape(select.value) + '"]');
    if (t) area.value = t.value;
  });
  function cell(term) {
    var td = document.createElement('td');
    if (!term) return td;
    if (term.type === 'uri') {
      var a = document.createElement('a');
      a.href = term.value.indexOf(NS) === 0 ? '/resource/' + term.value.substring(NS.length) : term.value;
      a.textContent = term.value;
      td.appendChild(a);
    } else {
      td.textContent = term.value;
    }
    return td;
  }
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    status.textContent = 'running…';
    results.replaceChildren();
    var body = new URLSearchParams();
    body.set('query', area.value);
    fetch(form.getAttribute('data-endpoint'), { method: 'POST', body: body,
        headers: { Accept: 'application/sparql-results+json' } })
      .then(function (r) {
        if (!r.ok) return r.text().then(function (t) { throw new Error(r.status + ' ' + t); });
        return r.json();
      })
      .then(function (json) {
        var table = document.createElement('table');
        if (json.boolean !== undefined) {
          status.textContent = 'answer: ' + json.boolean;
          return;
        }
        var vars = json.head.vars, rows = json.results.bindings;
        var tr = document.createElement('tr');
        vars.forEach(function (v) { var th = document.createElement('th'); th.textContent = v; tr.appendChild(th); });
        var thead = document.createElement('thead'); thead.appendChild(tr); table.appendChild(thead);
        var tbody = document.createElement('tbody');
        rows.forEach(function (b) {
          var r = document.createElement('tr');
          vars.forEach(function (v) { r.appendChild(cell(b[v])); });
          tbody.appendChild(r);
        });
        table.appendChild(tbody);
        results.appendChild(table);
        status.textContent = rows.length + ' row(s)';
        results.setAttribute('data-rows', String(rows.length));
      })
      .catch(function (err) { status.textContent = 'error: ' + err.message; });
  });
})();
