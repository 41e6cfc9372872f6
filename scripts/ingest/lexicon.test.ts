import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileLexicons, LEXICON_FILES, type LexiconTexts } from './lexicon';
import { DATA } from './test-data';

const texts = () =>
  Object.fromEntries(
    LEXICON_FILES.map((n) => [n, readFileSync(join(DATA, 'lexicons', `${n}.yaml`), 'utf8')]),
  ) as LexiconTexts;

describe('lexicons', () => {
  it('compile from data/lexicons with every type and actor id of the taxonomy', () => {
    const lex = compileLexicons(texts());
    expect(Object.keys(lex.typesFile.types).sort()).toEqual(['evacuation', 'hostage-rescue', 'raid', 'supply-drop']);
    const actorIds = new Set(lex.actors.flatMap((p) => (p.value.kind === 'actor' ? [p.value.id] : [])));
    expect([...actorIds].sort()).toEqual(['coalition', 'sdf', 'syrian-gov']);
  });
  it('names the file and the field when an entry is wrong', () => {
    const bad = { ...texts(), places: 'cues:\n  قرية: hamlet\n' };
    expect(() => compileLexicons(bad)).toThrow(/data\/lexicons\/places\.yaml: .*cues/);
  });
});
