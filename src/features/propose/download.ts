/** Saves the drafts' records: one YAML file, or a ZIP of one YAML file per record. */
import { zip } from './zip';

function save(blob: Blob, name: string) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

export function downloadRecords(files: { name: string; text: string }[]) {
  if (files.length === 1) save(new Blob([files[0].text], { type: 'application/yaml' }), files[0].name);
  else save(new Blob([zip(files) as BlobPart], { type: 'application/zip' }), 'proposals.zip');
}
