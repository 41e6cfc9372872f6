/** An operation's distance to the place of the radius filter (`near=`), in the list rows and the details. */
import { useTranslation } from 'react-i18next';
import { formatNumber, type UiLang } from '../../domain/format';
import { kmBetween, type LonLat } from '../../domain/spatial';

/** The radius filter's centre and the place's name in the UI language. */
export interface DistanceFrom {
  at: LonLat;
  name: string;
}

export function DistanceNote({ from, at, lang }: { from: DistanceFrom; at: LonLat; lang: UiLang }) {
  const { t } = useTranslation();
  const km = Math.round(kmBetween(at, from.at) * 10) / 10;
  return (
    <span className="op-distance" data-testid="op-distance" data-km={km}>
      {t('spatial.distance', { km: formatNumber(km, lang), place: from.name })}
    </span>
  );
}
