// IncidentKG: the graph view. Nodes and links come from /graph.json (computed by SPARQL on the server).
(function () {
  'use strict';
  var el = document.getElementById('graph');
  if (!el || typeof cytoscape === 'undefined') return;
  var colours = { incident: '#d1495b', organization: '#2d6a9f', group: '#7b5ea7', person: '#e09f3e', place: '#3f8f5b' };
  var shapes = { incident: 'diamond', organization: 'round-rectangle', group: 'round-rectangle', person: 'ellipse', place: 'triangle' };
  fetch(el.getAttribute('data-src'), { headers: { Accept: 'application/json' } })
    .then(function (r) { return r.json(); })
    .then(function (data) {
      var cy = cytoscape({
        container: el,
        elements: { nodes: data.nodes, edges: data.edges },
        wheelSensitivity: 0.3,
        style: [
          { selector: 'node', style: {
              'label': 'data(label)', 'font-size': 10, 'text-wrap': 'ellipsis', 'text-max-width': 140,
              'text-valign': 'bottom', 'text-margin-y': 3, 'width': 22, 'height': 22,
              'background-color': function (n) { return colours[n.data('kind')] || '#888'; },
              'shape': function (n) { return shapes[n.data('kind')] || 'ellipse'; } } },
          { selector: 'node[?focus]', style: { 'border-width': 4, 'border-color': '#111', 'width': 30, 'height': 30 } },
          { selector: 'edge', style: { 'width': 1.4, 'line-color': '#b7c0cf', 'curve-style': 'bezier',
              'target-arrow-shape': 'triangle', 'target-arrow-color': '#b7c0cf', 'arrow-scale': 0.7,
              'label': 'data(rel)', 'font-size': 8, 'color': '#8a94a6', 'text-rotation': 'autorotate' } },
          { selector: 'edge[rel = "relatedTo"]', style: { 'line-style': 'dashed', 'line-color': '#d1495b',
              'target-arrow-shape': 'none', 'width': 2 } }
        ],
        layout: { name: 'preset' }
      });
      cy.on('tap', 'node', function (e) { window.location.href = e.target.data('href'); });
      var focus = el.getAttribute('data-focus');
      // Around one resource: rings by distance from it (the same picture every time); else a force layout.
      var layout = focus
        ? cy.layout({ name: 'concentric', animate: false, padding: 30, minNodeSpacing: 60, startAngle: 3 / 2 * Math.PI,
                      concentric: function (n) { return 10 - (n.data('depth') || 0); }, levelWidth: function () { return 1; } })
        : cy.layout({ name: 'cose', animate: false, randomize: true, padding: 30, componentSpacing: 100,
                      nodeRepulsion: function () { return 400000; }, idealEdgeLength: function () { return 100; },
                      edgeElasticity: function () { return 100; }, nodeOverlap: 20, nestingFactor: 5, gravity: 80,
                      numIter: 1000, initialTemp: 200, coolingFactor: 0.95, minTemp: 1.0 });
      layout.one('layoutstop', function () {
        if (focus) {
          var f = cy.nodes().filter(function (n) { return n.data('href') === focus; });
          if (f.length) cy.center(f);
        }
        window.ikgGraph = cy;
        el.setAttribute('data-ready', String(cy.nodes().length));
      });
      layout.run();
    });
})();
