import type { Rule } from './api';

export const duplicateId: Rule = {
  meta: {
    id: 'duplicate-id',
    severity: 'error',
    source: { en: 'databank registration', nl: 'databankregistratie' },
    fixable: 'none',
    docs: {
      en: {
        title: 'Each description has its own id',
        what: 'Another description in the workspace has the same `id`. Checked across all files by the CLI and by the language server.',
        why: 'The id names one intervention in reports, baselines and the databank submission; two descriptions with one id are mixed up, and one of them is usually a stale copy.',
      },
      nl: {
        title: 'Elke beschrijving heeft een eigen id',
        what: 'Een andere beschrijving in de werkmap heeft dezelfde `id`. De CLI en de taalserver controleren dit over alle bestanden.',
        why: 'De id benoemt één interventie in rapporten, baselines en de aanvraag bij de databank; twee beschrijvingen met één id raken verwisseld, en een van beide is meestal een verouderde kopie.',
      },
    },
  },
  check(context) {
    const id = context.description.id;
    if (id === undefined || !context.workspace) return;
    const others = context.workspace.otherFilesWithId(id);
    if (others.length === 0) return;
    const list = others.slice(0, 3).join(', ') + (others.length > 3 ? ', …' : '');
    context.report({
      path: ['id'],
      message: { en: `The id \`${id}\` is also used by ${list}.`, nl: `De id \`${id}\` wordt ook gebruikt door ${list}.` },
    });
  },
};
