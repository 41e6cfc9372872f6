/**
 * What the opening link had that cannot be used, told once and never fatal: parameters the codec ignored, an
 * `op=` that names no operation, a `near=` that names no gazetteer place. Each is dropped from the address at
 * once (so it never lingers in later links) and kept here for the notice.
 */
import { useEffect, useState } from 'react';
import { ignoredParams } from '../features/url-state/codec';
import type { useUrlState } from '../features/url-state/use-url-state';

export function useLinkRepairs(
  setView: ReturnType<typeof useUrlState>[1],
  /** The `op=` of the address when the operations are in and none has that id, else null. */
  unknownOp: string | null,
  /** The `near=` place the gazetteer does not know, else null. */
  unknownPlace: string | null,
) {
  const [ignored] = useState(() => ignoredParams(window.location.search));
  const [missingOp, setMissingOp] = useState<string | null>(null);
  const [missingPlace, setMissingPlace] = useState<string | null>(null);
  useEffect(() => {
    if (ignored.length) setView({}, 'replace');
  }, [ignored, setView]);
  if (unknownOp && missingOp !== unknownOp) setMissingOp(unknownOp);
  useEffect(() => {
    if (unknownOp) setView({ op: null }, 'replace');
  }, [unknownOp, setView]);
  if (unknownPlace && missingPlace !== unknownPlace) setMissingPlace(unknownPlace);
  useEffect(() => {
    if (unknownPlace) setView({ near: null }, 'replace');
  }, [unknownPlace, setView]);
  return { ignored, missingOp, missingPlace };
}
