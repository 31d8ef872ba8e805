// @vitest-environment jsdom
// The core's Mermaid export, given to the real Mermaid parser: the sample map, maps full of
// hostile text, a map with lanes and every template in every language. The texts are the
// export's own output, kept in tests/fixtures/mermaid by the core's test
// (src-tauri/core/tests/mermaid_fixtures.rs), which fails when they are out of date.
// Mermaid needs a DOM only for DOMPurify, which it sanitises titles with; jsdom gives one.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import mermaid from 'mermaid';

const dir = resolve(__dirname, '../../../tests/fixtures/mermaid');
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.mmd'))
  .sort();

type Task = { section: string; task: string; score: number; people: string[] };
type JourneyDb = { getSections(): string[]; getTasks(): Task[]; getDiagramTitle(): string };

/** What each line of the export means, read from the lines as the export writes them. */
function intended(text: string): { title: string; sections: string[]; tasks: Task[] } {
  let title = '';
  const sections: string[] = [];
  const tasks: Task[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('  title ')) title = line.slice('  title '.length);
    else if (line.startsWith('  section ')) sections.push(line.slice('  section '.length));
    else if (line.startsWith('    ')) {
      // No name or actor holds a colon: the export replaced them.
      const [task, score, actors] = line.trim().split(':');
      tasks.push({
        section: sections.at(-1)!,
        task,
        score: Number(score),
        people: actors === undefined ? [] : actors.split(',').map((a) => a.trim()),
      });
    }
  }
  return { title, sections, tasks };
}

describe('the Mermaid export', () => {
  it('has the fixtures: the sample, the hostile maps and every template in every language', () => {
    expect(fixtures).toContain('sample.mmd');
    expect(fixtures).toContain('hostile.mmd');
    for (const lang of ['en', 'ru', 'pl']) expect(fixtures.filter((f) => f.endsWith(`-${lang}.mmd`)).length).toBeGreaterThanOrEqual(3);
  });

  it('is checked by a parser that refuses what the export must never write', async () => {
    await expect(mermaid.parse('journey\n  section A\n    a # b: 5\n')).rejects.toThrow();
    await expect(mermaid.parse('journey\n  section A\n    a; b: 5\n')).rejects.toThrow();
    await expect(mermaid.parse('journey\n  section A\n    Journey planning: 5\n')).rejects.toThrow();
    await expect(mermaid.parse('journey\n  section A: B\n    a: 5\n')).rejects.toThrow();
  });

  for (const file of fixtures) {
    it(`${file} parses, each line meaning what the export meant`, async () => {
      const text = readFileSync(join(dir, file), 'utf8');
      await expect(mermaid.parse(text)).resolves.toMatchObject({ diagramType: 'journey' });
      const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
      const db = diagram.db as unknown as JourneyDb;
      const want = intended(text);
      // Mermaid sanitises the texts as HTML when it reads them (DOMPurify rewrites or drops
      // markup): a text with markup is compared by its place only, any other exactly.
      const same = (got: string, meant: string) => (/[<>&"']/.test(meant) ? '(markup)' : got);
      const meant = (text: string) => same(text, text);
      const sections = db.getSections();
      expect(sections.map((s, i) => same(s, want.sections[i] ?? ''))).toEqual(want.sections.map(meant));
      const tasks = db.getTasks();
      expect(tasks.length).toBe(want.tasks.length);
      tasks.forEach((t, i) => {
        const w = want.tasks[i];
        expect({ section: same(t.section, w.section), task: same(t.task, w.task), score: t.score, people: t.people.map((p, k) => same(p, w.people[k] ?? '')) }).toEqual({
          section: meant(w.section),
          task: meant(w.task),
          score: w.score,
          people: w.people.map(meant),
        });
        expect(w.score).toBeGreaterThanOrEqual(1);
      });
      expect(same(db.getDiagramTitle(), want.title)).toBe(meant(want.title));
    });
  }
});
