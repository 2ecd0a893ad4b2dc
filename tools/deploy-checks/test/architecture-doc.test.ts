import { APPS, variablesReadBy } from '../src/contract/app-environment';
import { ARCHITECTURE_DOC, codeNamesIn, sectionOf, tableRows } from '../src/docs/markdown';
import { readText } from '../src/files/workspace-files';

/** docs/architecture.md, Configuration: one row per variable (or group), a column per app saying who reads it. */
const [header, ...rows] = tableRows(sectionOf(readText(ARCHITECTURE_DOC), 'Configuration'));

/** `<variable> read by <app>` for every variable and app the table marks. */
const documented = rows.flatMap(([names, , ...apps]) =>
  codeNamesIn(names).flatMap((name) =>
    apps.flatMap((cell, i) => (cell === 'yes' ? [`${name} read by ${header[i + 2]}`] : [])),
  ),
);

describe('architecture doc (docs/architecture.md)', () => {
  it('when the configuration table is read, then it has a column for each app', () => {
    expect(header.slice(2)).toEqual(APPS);
  });

  it('when the configuration table is read, then it marks exactly the variables each app reads', () => {
    // Each app's own config spec holds its schema to `variablesReadBy`.
    const inCode = APPS.flatMap((app) => variablesReadBy(app).map((name) => `${name} read by ${app}`));

    expect([...documented].sort()).toEqual(inCode.sort());
  });
});
