package incidentkg.web;

/** A point drawn on a page's map (read by assets/map.js from the map element's data-points attribute). */
record MapPoint(double lat, double lon, String label, String href) {}
