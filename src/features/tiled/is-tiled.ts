/** Whether a `data=` path names a tiled dataset (its manifest) rather than a GeoJSON or CSV file. */
export const isTiledPath = (path: string | null): path is string => !!path && /(^|\/)manifest\.json$/.test(path);
