import type { FileProblem } from '../../domain/dataset-issues';
import type { UiLang } from '../../domain/format';
import { FileProblemText, useRichText } from '../datasets/issue-text';

/** Why a `data=` dataset was refused, in the UI language (loaded only then). */
export default function RefusedReason(props: { file: string; problem: FileProblem; lang: UiLang }) {
  const rich = useRichText();
  return <>{rich('datasets.failed', {}, { reason: <FileProblemText {...props} /> })}</>;
}
