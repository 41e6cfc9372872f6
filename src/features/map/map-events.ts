/** Fired on window once the map first shows the operations (other work, e.g. the service worker, waits for it). */
export const MAP_FIRST_IDLE = 'atlas-map-first-idle';
