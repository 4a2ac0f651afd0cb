import { checkFamilyImport, fileNumbersIn, type CsvRecord, type ExistingFamily, type ImportFiles, type ImportInput } from '../../src/domain/familyImport';
import type { Activity } from '../../src/domain/types';

const rules = { runsOn: 'schoolDays', deadline: { kind: 'daysBefore', days: 15 }, late: { kind: 'refuse' } } as const;
const act = (id: number, code: Activity['code'], level: Activity['level']): Activity => ({ id, communeId: 'c', code, label: code, level, rules, tariffs: [] });
const ACTIVITIES = [act(1, 'morning', 'maternelle'), act(2, 'morning', 'elementaire'), act(3, 'canteen', 'all'), act(4, 'wednesday', 'all')];

/** Records as a CSV parser gives them: the header is line 1, so the first record is line 2. */
const recs = (...rows: Array<Record<string, string>>): CsvRecord[] => rows.map((values, i) => ({ line: i + 2, values }));

const household = (over: Record<string, string> = {}): Record<string, string> => ({
  file_number: 'F1', name: 'DURAND', address: '1 rue de la Paix', postal_code: '78955', city: 'Carrières', quotient_familial: '820',
  representative_civility: 'Mme', representative_first_name: 'Françoise', representative_last_name: 'DURAND',
  representative_email: 'Francoise.Durand@example.org', representative_phone: '06 12 34 56 78',
  co_representative_civility: '', co_representative_first_name: '', co_representative_last_name: '',
  co_representative_email: '', co_representative_phone: '',
  ...over,
});
const child = (over: Record<string, string> = {}) => ({ file_number: 'F1', first_name: 'Léa', last_name: 'DURAND', birth_date: '14/03/2019', school: 'École du Parc', level: 'Élémentaire', ...over });
const enrolment = (over: Record<string, string> = {}) => ({ file_number: 'F1', child_first_name: 'Léa', child_birth_date: '2019-03-14', activity_code: 'morning', school_year: '2026-2027', ...over });

const check = (files: ImportFiles, existing: Map<string, ExistingFamily> = new Map()) => {
  const input: ImportInput = { communeId: 'c', files, activities: ACTIVITIES, existing, today: '2026-11-18' };
  return checkFamilyImport(input);
};
const errorsOf = (files: ImportFiles, existing?: Map<string, ExistingFamily>) => {
  const r = check(files, existing);
  if (r.ok) throw new Error('expected errors');
  return r.errors.map((e) => ({ file: e.file, line: e.line, code: e.code, ...e.params }));
};

describe('checkFamilyImport: valid files', () => {
  it('builds the families with cleaned values and resolved activities', () => {
    const r = check({
      households: recs(
        household(),
        household({ file_number: 'F2', name: 'DUPONT', quotient_familial: '', representative_civility: 'monsieur', representative_first_name: 'Xavier', representative_email: '', representative_phone: '', co_representative_first_name: 'Aurélie', co_representative_last_name: 'DUPONT', co_representative_civility: 'Madame' }),
      ),
      children: recs(child(), child({ first_name: 'Hugo', birth_date: '2022-06-02', level: 'MATERNELLE', school: '' })),
      enrolments: recs(enrolment(), enrolment({ activity_code: 'Canteen', school_year: '2026/2027' }), enrolment({ child_first_name: 'hugo', child_birth_date: '02/06/2022' })),
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.families).toHaveLength(2);
    const [durand, dupont] = r.families;
    expect(durand).toEqual({
      household: { communeId: 'c', fileNumber: 'F1', name: 'DURAND', address: '1 rue de la Paix', postalCode: '78955', city: 'Carrières', quotientFamilial: 820 },
      representatives: [{ role: 'representative', civility: 'madame', firstName: 'Françoise', lastName: 'DURAND', email: 'francoise.durand@example.org', phone: '06 12 34 56 78' }],
      children: [
        { firstName: 'Léa', lastName: 'DURAND', birthDate: '2019-03-14', school: 'École du Parc', level: 'elementaire', enrolments: [{ activityId: 2, schoolYear: '2026-2027' }, { activityId: 3, schoolYear: '2026-2027' }] },
        { firstName: 'Hugo', lastName: 'DURAND', birthDate: '2022-06-02', school: null, level: 'maternelle', enrolments: [{ activityId: 1, schoolYear: '2026-2027' }] },
      ],
    });
    expect(dupont?.household.quotientFamilial).toBeNull();
    expect(dupont?.representatives).toEqual([
      { role: 'representative', civility: 'monsieur', firstName: 'Xavier', lastName: 'DURAND', email: null, phone: null },
      { role: 'co_representative', civility: 'madame', firstName: 'Aurélie', lastName: 'DUPONT', email: null, phone: null },
    ]);
  });

  it('accepts column names in upper case and without the optional columns', () => {
    const r = check({ households: recs({ FILE_NUMBER: 'F1', Name: 'DURAND', representative_first_name: 'A', representative_last_name: 'B' }) });
    expect(r.ok && r.families[0]?.household).toMatchObject({ fileNumber: 'F1', name: 'DURAND', address: null, quotientFamilial: null });
  });

  it('lets children and enrolments refer to households and children already in the store', () => {
    const existing = new Map<string, ExistingFamily>([['F9', {
      household: { id: 7, communeId: 'c', fileNumber: 'F9', name: 'MARTIN', address: null, postalCode: null, city: 'Ici', quotientFamilial: 1350, eInvoice: true },
      children: [{ id: 3, householdId: 7, firstName: 'Inès', lastName: 'MARTIN', birthDate: '2017-11-30', school: null, level: 'maternelle' }],
    }]]);
    const r = check({
      children: recs(child({ file_number: 'F9', first_name: 'Noé', last_name: 'MARTIN', birth_date: '2020-01-05' })),
      enrolments: recs(enrolment({ file_number: 'F9', child_first_name: 'ines', child_birth_date: '30/11/2017', activity_code: 'morning' })),
    }, existing);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.families).toEqual([{
      household: { communeId: 'c', fileNumber: 'F9', name: 'MARTIN', address: null, postalCode: null, city: 'Ici', quotientFamilial: 1350 },
      referenceOnly: true,
      representatives: [],
      children: [
        { firstName: 'Noé', lastName: 'MARTIN', birthDate: '2020-01-05', school: 'École du Parc', level: 'elementaire', enrolments: [] },
        // The stored spelling and level are kept: morning resolves to the maternelle activity.
        { firstName: 'Inès', lastName: 'MARTIN', birthDate: '2017-11-30', school: null, level: 'maternelle', enrolments: [{ activityId: 1, schoolYear: '2026-2027' }] },
      ],
    }]);
  });

  it('lists the file numbers to look up, once each', () => {
    expect(fileNumbersIn({ households: recs(household()), children: recs(child(), child({ file_number: ' F2 ' })), enrolments: recs(enrolment({ FILE_NUMBER: 'F3' })) }))
      .toEqual(['F1', 'F2', 'F3']);
  });
});

describe('checkFamilyImport: errors', () => {
  it('reports header problems on line 1 and skips the rows of a file missing a column', () => {
    const { name: _n, ...noName } = household();
    expect(errorsOf({ households: recs({ ...noName, nmae: 'x', quotient_familial: 'bad' }) })).toEqual([
      { file: 'households', line: 1, code: 'column.missing', column: 'name' },
      { file: 'households', line: 1, code: 'column.unknown', column: 'nmae' },
    ]);
  });

  it('reports each bad household cell with its line and column', () => {
    expect(errorsOf({ households: recs(
      household(),
      household({ file_number: 'F2', name: '', representative_email: 'durand@', postal_code: '7895' }),
      household({ file_number: 'F3', quotient_familial: '-5', representative_civility: 'Dr', representative_phone: '12' }),
      household({ file_number: 'F4', quotient_familial: '12,5', co_representative_email: 'co@example.org' }),
      household({ file_number: 'F1', quotient_familial: '1 350' }),
    ) })).toEqual([
      { file: 'households', line: 3, code: 'required', column: 'name' },
      { file: 'households', line: 3, code: 'postalCode.invalid', column: 'postal_code', value: '7895' },
      { file: 'households', line: 3, code: 'email.invalid', column: 'representative_email', value: 'durand@' },
      { file: 'households', line: 4, code: 'qf.invalid', column: 'quotient_familial', value: '-5' },
      { file: 'households', line: 4, code: 'civility.invalid', column: 'representative_civility', value: 'Dr' },
      { file: 'households', line: 4, code: 'phone.invalid', column: 'representative_phone', value: '12' },
      { file: 'households', line: 5, code: 'qf.invalid', column: 'quotient_familial', value: '12,5' },
      { file: 'households', line: 5, code: 'required', column: 'co_representative_first_name' },
      { file: 'households', line: 5, code: 'required', column: 'co_representative_last_name' },
      { file: 'households', line: 6, code: 'fileNumber.duplicate', fileNumber: 'F1', firstLine: 2 },
    ]);
  });

  it('reports bad children: unknown file, dates, level, duplicates', () => {
    expect(errorsOf({ households: recs(household()), children: recs(
      child(),
      child({ file_number: 'F404' }),
      child({ first_name: 'Tom', birth_date: '31/02/2019' }),
      child({ first_name: 'Zoé', birth_date: '2027-01-01', level: 'CP' }),
      child({ first_name: 'lea', birth_date: '2019-03-14', last_name: '' }),
    ) })).toEqual([
      { file: 'children', line: 3, code: 'fileNumber.unknown', fileNumber: 'F404' },
      { file: 'children', line: 4, code: 'date.invalid', column: 'birth_date', value: '31/02/2019' },
      { file: 'children', line: 5, code: 'date.future', column: 'birth_date', value: '2027-01-01' },
      { file: 'children', line: 5, code: 'level.invalid', column: 'level', value: 'CP' },
      { file: 'children', line: 6, code: 'required', column: 'last_name' },
      { file: 'children', line: 6, code: 'child.duplicate', fileNumber: 'F1', firstName: 'lea', firstLine: 2 },
    ]);
  });

  it('reports bad enrolments: unknown file, unknown child, unknown activity, bad school year', () => {
    expect(errorsOf({ households: recs(household()), children: recs(child(), child({ first_name: 'Hugo', birth_date: '2022-06-02', level: 'maternelle' })), enrolments: recs(
      enrolment(),
      enrolment({ file_number: 'F404' }),
      enrolment({ child_first_name: 'Léa', child_birth_date: '2019-03-15' }),
      enrolment({ activity_code: 'study' }),
      enrolment({ activity_code: 'piscine', school_year: '2026-2028' }),
      enrolment({ child_first_name: 'Hugo', child_birth_date: '2022-06-02', activity_code: 'holidays', school_year: '' }),
    ) })).toEqual([
      { file: 'enrolments', line: 3, code: 'fileNumber.unknown', fileNumber: 'F404' },
      { file: 'enrolments', line: 4, code: 'child.unknown', fileNumber: 'F1', firstName: 'Léa', birthDate: '2019-03-15' },
      { file: 'enrolments', line: 5, code: 'activity.unknown', activity: 'study', level: 'elementaire' },
      { file: 'enrolments', line: 6, code: 'schoolYear.invalid', column: 'school_year', value: '2026-2028' },
      { file: 'enrolments', line: 6, code: 'activity.unknown', activity: 'piscine', level: 'elementaire' },
      { file: 'enrolments', line: 7, code: 'required', column: 'school_year' },
      { file: 'enrolments', line: 7, code: 'activity.unknown', activity: 'holidays', level: 'maternelle' },
    ]);
  });

  it('is all or nothing: one bad cell among good rows gives no family, and errors come in file then line order', () => {
    const r = check({
      households: recs(household(), household({ file_number: 'F2' }), household({ file_number: 'F3', representative_email: 'nope' })),
      children: recs(child({ birth_date: 'hier' })),
      enrolments: recs(enrolment({ file_number: 'F2', child_first_name: 'Max' })),
    });
    expect(r).toEqual({ ok: false, errors: expect.any(Array) });
    expect(r.ok ? [] : r.errors.map((e) => `${e.file}:${e.line}:${e.code}`)).toEqual([
      'households:4:email.invalid',
      'children:2:date.invalid',
      'enrolments:2:child.unknown',
    ]);
  });
});
