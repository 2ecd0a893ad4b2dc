import { readYaml } from '../src/files/workspace-files';

type Step = { uses?: string; run?: string; with?: Record<string, unknown> };
type Workflow = {
  on: Record<string, unknown>;
  jobs: Record<string, { steps: Step[]; strategy?: { matrix?: unknown } }>;
};

const workflow = (name: string) => readYaml(`.github/workflows/${name}`) as Workflow;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((job) => job.steps);
const runs = (w: Workflow) => steps(w).flatMap((step) => (step.run ? [step.run.replace(/\s+/g, ' ')] : []));

describe('GitHub workflows', () => {
  it('when a pull request is opened, then lint, typecheck, test and build run on what it affects, with the emulators', () => {
    const pr = workflow('pull-request.yml');

    expect(Object.keys(pr.on)).toEqual(['pull_request']);
    expect(runs(pr)).toContainEqual(
      expect.stringMatching(
        /with-stack\.ts npx nx affected -t lint typecheck test build --base="\$NX_BASE" --head="\$NX_HEAD"/,
      ),
    );
    expect(steps(pr)).toContainEqual(
      expect.objectContaining({
        uses: 'actions/setup-node@v4',
        with: expect.objectContaining({ 'node-version': 24 }),
      }),
    );
  });

  it('when main is pushed, then it checks what changed and builds one image per affected app', () => {
    const main = workflow('main.yml');
    const build = main.jobs.image.steps.find((step) => step.uses?.startsWith('docker/build-push-action'));

    expect(main.on).toEqual({ push: { branches: ['main'] } });
    expect(runs(main)).toContainEqual(expect.stringContaining('nx affected -t lint typecheck test build'));
    expect(runs(main)).toContainEqual(
      expect.stringContaining("nx show projects --affected --projects 'tag:type:app'"),
    );
    expect(main.jobs.image.strategy?.matrix).toEqual({ app: '${{ fromJSON(needs.affected.outputs.apps) }}' });
    expect(build?.with).toMatchObject({ target: 'app', push: true });
    expect(String(build?.with?.['build-args'])).toContain('APP=${{ matrix.app }}');
  });
});
