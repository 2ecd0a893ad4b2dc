import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildBooking,
  buildCustodialConviction,
  buildDeliusCase,
  buildPrisoner,
  buildWorld,
  DEFAULT_WORLD_PATH,
  parseWorld,
  readWorldFile,
  WorldValidationError,
} from '../src';
import { worldJsonSchema } from '../src/world/world-json-schema';

function issuesOf(world: unknown): readonly string[] {
  try {
    parseWorld(world);
  } catch (error) {
    if (error instanceof WorldValidationError) return error.issues;
    throw error;
  }
  throw new Error('the world was accepted');
}

describe('world files', () => {
  it('the seeded world is valid: one prisoner per path and their Delius cases', async () => {
    const world = await readWorldFile(DEFAULT_WORLD_PATH);
    expect(world.prisoners).toHaveLength(17);
    expect(world.deliusCases.map((c) => c.crn)).toEqual(expect.arrayContaining(['X142620', 'X181002']));
  });

  it('world.schema.json is what the zod schema generates (run scripts/generate-world-schema.ts after a change)', async () => {
    const committed = await readFile(join(__dirname, '..', 'world.schema.json'), 'utf8');
    // Compared as data, so formatting the file (prettier) does not matter.
    expect(JSON.parse(committed)).toEqual(JSON.parse(worldJsonSchema()));
  });

  it('fills in defaults, so a world states only what matters', () => {
    const world = parseWorld({
      deliusCases: [{ crn: 'X000001', firstName: 'A', surname: 'B', dateOfBirth: '1970-01-01' }],
    });
    expect(world.agencies).toEqual([]);
    expect(world.deliusCases[0]).toMatchObject({
      softDeleted: false,
      otherIds: {},
      aliases: [],
      convictions: [],
    });
  });

  it('names the path of every shape problem at once', () => {
    const world = buildWorld({
      prisoners: [buildPrisoner({ offenderNo: 'A123', bookings: [buildBooking({ bookingId: -1 })] })],
      deliusCases: [buildDeliusCase({ dateOfBirth: '1970-02-30', nickname: 'Andy' } as never)],
    });
    expect(issuesOf(world)).toEqual([
      expect.stringMatching(/^prisoners\[0\]\.offenderNo: A NOMS number looks like/),
      expect.stringMatching(/^prisoners\[0\]\.bookings\[0\]\.bookingId: /),
      expect.stringMatching(/^deliusCases\[0\]\.dateOfBirth: /),
      expect.stringMatching(/^deliusCases\[0\]: Unrecognized key: "nickname"/),
    ]);
  });

  it('refuses a duration it cannot read for an event recorded later', () => {
    const world = buildWorld({
      deliusCases: [buildDeliusCase({ convictions: [buildCustodialConviction({ appearsAfter: 'soon' })] })],
    });
    expect(issuesOf(world)).toEqual([
      expect.stringMatching(/^deliusCases\[0\]\.convictions\[0\]\.appearsAfter: Not a duration/),
    ]);
  });

  it('names every record that clashes with another or points at nothing', () => {
    const world = buildWorld({
      prisoners: [
        buildPrisoner({
          bookings: [buildBooking({ sentenceTerms: [{ sentenceSequence: 2, consecutiveTo: 1 }] })],
        }),
        buildPrisoner({ offenderNo: 'G1234AA', bookings: [buildBooking({ bookingNo: '99999Z' })] }),
      ],
      deliusCases: [
        buildDeliusCase(),
        buildDeliusCase({ convictions: [buildCustodialConviction({ custody: { institution: 'ABRYCT' } })] }),
      ],
    });
    expect(issuesOf(world)).toEqual([
      'prisoners[1].bookings[0].bookingId: duplicate bookingId 1200835',
      'prisoners[0].bookings[0].sentenceTerms[0].consecutiveTo: no sentence 1 on this booking',
      'deliusCases[1].crn: duplicate crn X142620',
      'deliusCases[1].convictions[0].convictionId: duplicate convictionId 2500295343',
      'deliusCases[1].convictions[0].custody.institution: "ABRYCT" is not an agency with a Delius institution',
    ]);
  });

  it('when a file is not JSON, then the error names the file', async () => {
    const path = join(tmpdir(), `ptpu-sandbox-world-${process.pid}.json`);
    await writeFile(path, '{ "prisoners": [');
    await expect(readWorldFile(path)).rejects.toThrow(`${path} is not a valid sandbox world`);
  });
});

describe('sentence terms a world leaves out', () => {
  const termsOf = (booking: Parameters<typeof buildBooking>[0]) =>
    parseWorld(buildWorld({ prisoners: [buildPrisoner({ bookings: [buildBooking(booking)] })] })).prisoners[0]
      .bookings[0].sentenceTerms;

  it('when a booking gives only a sentence start date, then it has one primary term from that date', () => {
    expect(
      termsOf({ sentenceDetail: { sentenceStartDate: '2021-03-04' }, sentenceTerms: undefined }),
    ).toEqual([
      {
        sentenceSequence: 1,
        termSequence: 1,
        startDate: '2021-03-04',
        sentenceTermCode: 'IMP',
        lifeSentence: false,
      },
    ]);
  });

  it('when a booking lists no terms on purpose ([]), then it has none, whatever its sentence detail says', () => {
    expect(termsOf({ sentenceDetail: { sentenceStartDate: '2021-03-04' }, sentenceTerms: [] })).toEqual([]);
  });

  it('when a booking has neither, then it has no terms (remand)', () => {
    expect(termsOf({ sentenceDetail: {}, sentenceTerms: undefined })).toEqual([]);
  });
});
