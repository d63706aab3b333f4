// Checks that need more than one record or more than one file: unique ids, references between files,
// real ISO codes and calendar dates, markup citations and date order. It reads the parsed JSON
// defensively rather than zod's output, so it still reports everything when another check failed.
import { citedIds, findMarkupProblems } from './markup.ts';
import { countryName, dateProblem, didYouMean, isBefore, isIso3, isoProblem } from './hints.ts';
import { walkSchema, type Path, type Problem, type Schema } from './issues.ts';
import { countProblems, namedValues } from './counts.ts';
import { provenanceProblems } from './provenanceCheck.ts';
import { measurePlaceProblems, measureViewProblems } from './measuresCheck.ts';
import { networkViewProblems } from './networkViewCheck.ts';
import { quotedTexts, quoteProblems } from './quoteCheck.ts';
import { country, fileSchemas, markup, partialDate, thisNewsroom, type DataFileName } from './schema.ts';

export type { Problem };

type Values = Partial<Record<DataFileName, unknown>>;
type Item = Record<string, unknown>;

const isRecord = (v: unknown): v is Item => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const strings = (v: unknown) => (Array.isArray(v) ? v : []).map((s, i) => [s, i] as const);

/** The records of a top-level list, each with its path. */
function records(root: unknown, key: string, prefix: Path = []): { item: Item; path: Path }[] {
  const list = isRecord(root) && Array.isArray(root[key]) ? (root[key] as unknown[]) : [];
  return list.flatMap((item, i) => (isRecord(item) ? [{ item, path: [...prefix, key, i] }] : []));
}

/** The one schema of a country code, used by every field that holds one. */
const iso3: Schema = country.shape.iso3;

const tagPattern = /<\/?[a-z][^>]*>/i;

export function crossCheck(values: Values): Problem[] {
  const problems: Problem[] = [];
  const add = (p: Problem) => problems.push(p);

  const story = values['story.json'];
  const sources = records(values['sources.json'], 'sources');
  const entities = records(values['entities.json'], 'entities');
  const relationships = records(values['relationships.json'], 'relationships');
  const claims = records(values['footprint.json'], 'claims');
  const countries = records(values['footprint.json'], 'countries');
  const places = countries.flatMap(({ item, path }) => records(item, 'places', path));
  const events = records(values['events.json'], 'events');
  const measures = records(values['measures.json'], 'measures');
  const sections = records(story, 'sections');
  const steps = sections.flatMap(({ item, path }) => records(item, 'steps', path));
  const questions = records(story, 'openQuestions');
  const responses = records(story, 'responses');

  // ---- ids unique per file (steps across the whole story)
  const unique = (file: DataFileName, list: { item: Item; path: Path }[], key: string, what: string) => {
    const seen = new Map<string, Path>();
    for (const { item, path } of list) {
      const v = str(item[key]);
      if (v === undefined) continue;
      const first = seen.get(v);
      if (first)
        add({ file, path: [...path, key], firstAt: [...first, key], message: `duplicate ${what} "${v}"` });
      else seen.set(v, path);
    }
  };
  unique('sources.json', sources, 'id', 'source id');
  unique('entities.json', entities, 'id', 'entity id');
  unique('relationships.json', relationships, 'id', 'relationship id');
  unique('footprint.json', claims, 'id', 'claim id');
  unique('footprint.json', countries, 'iso3', 'country');
  unique('footprint.json', places, 'id', 'place id');
  unique('events.json', events, 'id', 'event id');
  unique('measures.json', measures, 'id', 'measure id');
  unique('story.json', sections, 'id', 'section id');
  unique('story.json', steps, 'id', 'step id');
  unique('story.json', questions, 'id', 'open question id');
  unique('story.json', responses, 'id', 'response id');

  // ---- references; a file that is not valid JSON offers no ids, so its references are not checked
  const idSet = (file: DataFileName, list: { item: Item }[], key = 'id') =>
    values[file] === undefined ? undefined : new Set(list.flatMap(({ item }) => str(item[key]) ?? []));
  const sourceIds = idSet('sources.json', sources);
  const entityIds = idSet('entities.json', entities);
  const relationshipIds = idSet('relationships.json', relationships);
  const eventIds = idSet('events.json', events);
  const countryIsos = idSet('footprint.json', countries, 'iso3');

  const refer = (
    file: DataFileName,
    path: Path,
    value: unknown,
    known: Set<string> | undefined,
    what: string,
    home: string,
    needle?: string,
  ) => {
    if (typeof value !== 'string' || !known || known.has(value)) return;
    const near = didYouMean(value, known);
    const tip = near || `: no such id in ${home}; add it there first`;
    add({ file, path, needle, message: `unknown ${what} "${value}"${tip}` });
  };

  for (const { item, path } of relationships) {
    refer('relationships.json', [...path, 'from'], item.from, entityIds, 'entity', 'entities.json');
    refer('relationships.json', [...path, 'to'], item.to, entityIds, 'entity', 'entities.json');
  }
  for (const { item, path } of events)
    for (const [actor, i] of strings(item.actors))
      refer('events.json', [...path, 'actors', i], actor, entityIds, 'entity', 'entities.json');
  for (const { item, path } of responses) {
    refer('story.json', [...path, 'party'], item.party, entityIds, 'entity', 'entities.json');
    // Who asked: this story's own newsroom, or an outlet in entities.json; a statement nobody asked for has no asker.
    if (item.askedBy !== thisNewsroom)
      refer('story.json', [...path, 'askedBy'], item.askedBy, entityIds, 'entity', 'entities.json');
    if (typeof item.answer === 'string' && (item.answer === 'statement') === (item.askedBy !== undefined))
      add({
        file: 'story.json',
        path: [...path, item.answer === 'statement' ? 'askedBy' : 'answer'],
        message:
          item.answer === 'statement'
            ? 'a "statement" is one nobody asked for: remove "askedBy", or give the answer to the request (replied, declined or no-reply)'
            : `an answer to a request needs "askedBy": "${thisNewsroom}" or the id of the outlet that asked`,
      });
  }

  // Every "sources" list outside sources.json names ids from sources.json.
  const sourceLists: [DataFileName, { item: Item; path: Path }[]][] = [
    ['relationships.json', relationships],
    ['footprint.json', [...claims, ...countries, ...places]],
    ['events.json', events],
    ['measures.json', measures],
    ['story.json', [...questions, ...responses]],
  ];
  for (const [file, list] of sourceLists)
    for (const { item, path } of list)
      for (const [c, i] of strings(item.sources)) {
        const [id, at] = isRecord(c) ? [c.id, [...path, 'sources', i, 'id']] : [c, [...path, 'sources', i]];
        refer(file, at, id, sourceIds, 'source', 'sources.json');
      }

  // ---- provenance: links between sources, and every status against its sources' roots
  for (const p of !sourceIds
    ? []
    : provenanceProblems({
        sources,
        entityIds,
        records: [
          ['relationships.json', relationships],
          ['footprint.json', [...claims, ...countries, ...places]],
          ['events.json', events],
          ['measures.json', measures],
        ],
        citing: [['story.json', responses]],
      }))
    add(p);

  // ---- quotations cite a source whose quoted words were read on an original or faithful copy
  if (sourceIds)
    for (const p of quoteProblems(
      quotedTexts({ relationships, events, claims, countries, story }),
      sources.map(({ item }) => item),
    ))
      add(p);

  // ---- story views name things that exist
  const links =
    values['relationships.json'] === undefined
      ? undefined
      : new Map(
          relationships.flatMap(({ item }) => {
            const [id, from, to] = [str(item.id), str(item.from), str(item.to)];
            // A relationship with an unknown end is reported as such, not again by the views.
            const known = from && to && entityIds?.has(from) && entityIds.has(to);
            return id && known ? [[id, { id, from, to }] as const] : [];
          }),
        );
  const entityOrLink = entityIds && relationshipIds ? new Set([...entityIds, ...relationshipIds]) : undefined;
  for (const { item, path } of steps) {
    const view = item.view;
    if (!isRecord(view)) continue;
    const at = (key: string, i: number) => [...path, 'view', key, i];
    if (view.chart === 'network') {
      for (const [id, i] of strings(view.nodes))
        refer('story.json', at('nodes', i), id, entityIds, 'entity', 'entities.json');
      for (const [id, i] of strings(view.highlight))
        refer(
          'story.json',
          at('highlight', i),
          id,
          entityOrLink,
          'entity or relationship',
          'entities.json or relationships.json',
        );
      for (const [id, i] of strings(view.reveal))
        refer('story.json', at('reveal', i), id, relationshipIds, 'relationship', 'relationships.json');
      if (entityIds && links) for (const p of networkViewProblems(view, path, links, entityIds)) add(p);
    } else if (view.chart === 'timeline') {
      for (const [id, i] of strings(view.highlight))
        refer('story.json', at('highlight', i), id, eventIds, 'event', 'events.json');
      checkOrder('story.json', [...path, 'view'], view, 'from', 'to');
    } else if (view.chart === 'map' && view.layer === 'measures') {
      for (const p of measureViewProblems(path, view, measures, countryName)) add(p);
    } else if (view.chart === 'map') {
      for (const [iso, i] of strings(view.highlight)) {
        if (typeof iso !== 'string' || !isIso3(iso) || !countryIsos || countryIsos.has(iso)) continue;
        add({
          file: 'story.json',
          path: at('highlight', i),
          message: `"${iso}" (${countryName(iso)}) has no record in footprint.json; add the country there first${didYouMean(iso, countryIsos) || ' or remove it here'}`,
        });
      }
    }
  }

  // ---- every chart the story has a figure for is drawn by a step (the data page links to it, and an
  // embed without a step would show a chart the story never explains)
  const figures = isRecord(story) && isRecord(story.figures) ? story.figures : undefined;
  const drawn = new Set(steps.map(({ item }) => (isRecord(item.view) ? item.view.chart : undefined)));
  // A step whose chart is misspelt is refused as such; the chart it meant is not reported again here.
  const misspelt = [...drawn].some((c) => typeof c === 'string' && figures && !(c in figures));
  for (const chart of Object.keys(figures ?? {}).filter((k) => k !== 'measures'))
    if (!drawn.has(chart) && !misspelt)
      add({
        file: 'story.json',
        path: ['figures', chart],
        message: `no step draws the ${chart} chart: give a section a step with "view": { "chart": "${chart}" }`,
      });

  // ---- where a measure is: a country for national and sub-national ones, none above countries
  for (const p of measurePlaceProblems(measures)) add(p);

  // ---- dates in order
  function checkOrder(file: DataFileName, path: Path, item: Item, startKey: string, endKey: string) {
    const [start, end] = [str(item[startKey]), str(item[endKey])];
    if (start && end && !dateProblem(start) && !dateProblem(end) && isBefore(end, start))
      add({
        file,
        path: [...path, endKey],
        message: `${endKey} "${end}" is before ${startKey} "${start}"; the end cannot come before the start`,
      });
  }
  for (const { item, path } of relationships) checkOrder('relationships.json', path, item, 'date', 'endDate');
  for (const { item, path } of events) checkOrder('events.json', path, item, 'date', 'endDate');
  for (const { item, path } of countries) checkOrder('footprint.json', path, item, 'since', 'until');
  if (isRecord(story)) checkOrder('story.json', [], story, 'published', 'updated');

  // ---- counts in the copy: named values, never typed (judged only when the counted files parsed)
  const counted = ['footprint.json', 'relationships.json', 'events.json', 'measures.json'] as const;
  const named = counted.every((f) => values[f] !== undefined)
    ? namedValues({
        countries: countries.map(({ item }) => item) as never,
        claims: claims.map(({ item }) => item) as never,
        relationships: relationships.map(({ item }) => item) as never,
        events: events.map(({ item }) => item) as never,
        measures: measures.map(({ item }) => item) as never,
      })
    : undefined;

  // ---- every value checked by kind: markup, dates, country codes, stray HTML
  for (const file of Object.keys(fileSchemas) as DataFileName[]) {
    if (values[file] === undefined) continue;
    walkSchema(fileSchemas[file], values[file], (schema, value, path) => {
      if (typeof value !== 'string') return;
      if (file === 'story.json' && named && path[0] !== '$schema')
        for (const message of countProblems(value, named)) add({ file, path, message });
      if (schema === markup) {
        for (const problem of findMarkupProblems(value))
          add({ file, path, message: problem, needle: needleFor(problem, value) });
        for (const id of citedIds(value)) refer(file, path, id, sourceIds, 'source', 'sources.json', id);
      } else if (schema === partialDate) {
        const problem = dateProblem(value);
        if (problem) add({ file, path, message: problem });
      } else if (schema === iso3 && /^[A-Z]{3}$/.test(value)) {
        const problem = isoProblem(value, countryIsos ?? []);
        if (problem) add({ file, path, message: problem });
      } else if (schema.type === 'string' && tagPattern.test(value)) {
        add({
          file,
          path,
          needle: tagPattern.exec(value)?.[0],
          message: 'HTML is not allowed here; write plain text',
        });
      }
    });
  }

  // ---- each file points its editor at the generated JSON Schema
  for (const file of Object.keys(fileSchemas) as DataFileName[]) {
    const root = values[file];
    const ref = isRecord(root) ? str(root.$schema) : undefined;
    const want = `./schema/${file.replace(/\.json$/, '')}.schema.json`;
    if (ref !== undefined && ref !== want)
      add({
        file,
        path: ['$schema'],
        message: `"$schema" should be "${want}", the schema generated for this file`,
      });
  }

  return problems;
}

/** The part of a markup string a problem is about, so the column points at it. */
function needleFor(problem: string, value: string): string | undefined {
  if (problem.startsWith('HTML')) return tagPattern.exec(value)?.[0];
  const link = /^the link "(.*)" must/.exec(problem);
  if (link) return link[1];
  return undefined;
}
