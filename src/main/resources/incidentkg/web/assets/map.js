// IncidentKG: small maps drawn with Leaflet over the world outline shipped in the jar (no tiles, no internet).
(function () {
  'use strict';
  var maps = document.querySelectorAll('.map[data-points]');
  if (!maps.length || typeof L === 'undefined') return;
  var world = fetch('/assets/vendor/world/world.json').then(function (r) { return r.json(); });
  maps.forEach(function (el) {
    var points = JSON.parse(el.getAttribute('data-points'));
    var map = L.map(el, { attributionControl: true, worldCopyJump: false, minZoom: 1, maxZoom: 9 });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution('Outline: Natural Earth via Apache ECharts');
    world.then(function (geo) {
      // The outline's features lack "type": "Feature"; give it to them.
      var features = (geo.features || []).filter(function (f) { return f && f.geometry; })
        .map(function (f) { return { type: 'Feature', geometry: f.geometry, properties: {} }; });
      L.geoJSON({ type: 'FeatureCollection', features: features }, { style: { color: '#8aa0b8', weight: 0.7, fillColor: '#f4f1e8', fillOpacity: 1 },
                       interactive: false }).addTo(map).bringToBack();
    });
    var bounds = [];
    points.forEach(function (p) {
      var m = L.circleMarker([p.lat, p.lon], { radius: 7, color: '#8c1c2c', weight: 2, fillColor: '#d1495b', fillOpacity: 0.9 }).addTo(map);
      var label = document.createElement('a');
      label.href = p.href;
      label.textContent = p.label;
      m.bindTooltip(label.cloneNode(true), { permanent: true, direction: 'right', offset: [8, 0] });
      m.on('click', function () { window.location.href = p.href; });
      bounds.push([p.lat, p.lon]);
    });
    if (bounds.length === 1) map.setView(bounds[0], 4);
    else map.fitBounds(bounds, { padding: [30, 30], maxZoom: 5 });
    el.setAttribute('data-ready', 'true');
  });
})();
