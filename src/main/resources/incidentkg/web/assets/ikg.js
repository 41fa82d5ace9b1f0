// IncidentKG: suggestions for the search box (from /suggest, as text: never as HTML).
(function () {
  'use strict';
  var input = document.getElementById('q');
  var list = document.getElementById('suggestions');
  if (!input || !list) return;
  var timer = null, seq = 0;
  function clear() { list.replaceChildren(); list.hidden = true; }
  function show(items) {
    list.replaceChildren();
    items.forEach(function (it) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = it.href;
      a.textContent = it.label;
      var k = document.createElement('span');
      k.className = 'kind';
      k.textContent = it.kind + (it.matched && it.matched !== it.label ? ' · ' + it.matched : '');
      a.appendChild(k);
      li.appendChild(a);
      list.appendChild(li);
    });
    list.hidden = items.length === 0;
  }
  input.addEventListener('input', function () {
    clearTimeout(timer);
    var q = input.value.trim();
    if (q.length < 2) { clear(); return; }
    timer = setTimeout(function () {
      var mine = ++seq;
      fetch('/suggest?q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } })
        .then(function (r) { return r.json(); })
        .then(function (items) { if (mine === seq) show(items); })
        .catch(clear);
    }, 120);
  });
  input.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') clear();
  });
  document.addEventListener('click', function (e) {
    if (!list.contains(e.target) && e.target !== input) clear();
  });
})();
