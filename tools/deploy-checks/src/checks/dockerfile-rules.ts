import { parseDockerfile, type Stage } from './dockerfile-stages';

export interface DockerfileExpectations {
  /** The Node major the workspace pins (docs/architecture.md, Design notes). */
  nodeMajor: number;
  /** Variables the image itself must set (`ENV`), e.g. build identity. */
  imageVariables: readonly string[];
  /** Each app's default port, which the health check falls back to when PORT is unset. */
  appPorts: Readonly<Record<string, number>>;
}

const ROOT_USERS = new Set(['root', '0', 'root:root', '0:0']);

/**
 * The image rules: multi-stage on the pinned Node major; the runtime stage (the last, which a plain
 * `docker build` produces) runs as a non-root user, has production dependencies only, a HEALTHCHECK on
 * /health/ping and sets the build identity. Returns one line per broken rule; empty means all hold.
 */
export function checkDockerfile(text: string, expected: DockerfileExpectations): string[] {
  const stages = parseDockerfile(text);
  if (stages.length < 2) return ['not multi-stage: the build tools must stay out of the runtime image'];
  const runtime = stages[stages.length - 1];
  return [
    ...nodeImageProblems(stages, expected.nodeMajor),
    ...userProblems(runtime),
    ...healthcheckProblems(runtime, expected.appPorts),
    ...dependencyProblems(stages, runtime),
    ...environmentProblems(runtime, expected.imageVariables),
    ...commandProblems(runtime),
  ];
}

function nodeImageProblems(stages: Stage[], nodeMajor: number): string[] {
  const stageNames = new Set(stages.flatMap((stage) => (stage.name ? [stage.name] : [])));
  return stages
    .filter((stage) => !stageNames.has(stage.base))
    .filter((stage) => !new RegExp(`^node:${nodeMajor}(-[\\w.-]+)?$`).test(stage.base))
    .map(
      (stage) =>
        `stage ${stage.name ?? '(unnamed)'} starts from ${stage.base || '(nothing)'}, not node:${nodeMajor}`,
    );
}

function userProblems(runtime: Stage): string[] {
  const users = runtime.instructions.filter((i) => i.keyword === 'USER').map((i) => i.args);
  const last = users[users.length - 1];
  if (last === undefined) return ['the runtime stage has no USER: it would run as root'];
  if (ROOT_USERS.has(last)) return [`the runtime stage runs as ${last}`];
  if (!/^\d+(:\d+)?$/.test(last))
    return [`USER ${last} is not numeric: Kubernetes runAsNonRoot cannot verify it`];
  return [];
}

function healthcheckProblems(runtime: Stage, appPorts: Readonly<Record<string, number>>): string[] {
  const healthcheck = runtime.instructions.find((i) => i.keyword === 'HEALTHCHECK');
  if (!healthcheck) return ['the runtime stage has no HEALTHCHECK'];
  const problems = healthcheck.args.includes('/health/ping')
    ? []
    : ['the HEALTHCHECK does not call /health/ping'];
  for (const [app, port] of Object.entries(appPorts)) {
    if (!new RegExp(`\\b${app}: ${port}\\b`).test(healthcheck.args)) {
      problems.push(`the HEALTHCHECK does not know ${app}'s default port ${port}`);
    }
  }
  return problems;
}

/** Development dependencies reach the runtime through an install without --omit=dev, here or in a stage it copies or builds on. */
function dependencyProblems(stages: Stage[], runtime: Stage): string[] {
  const byName = new Map(stages.flatMap((stage) => (stage.name ? [[stage.name, stage] as const] : [])));
  const installsDevDependencies = (stage: Stage): boolean =>
    stage.instructions.some(
      (i) => i.keyword === 'RUN' && /\bnpm (ci|install|i)\b/.test(i.args) && !/--omit[= ]dev\b/.test(i.args),
    );
  const lineage = (stage: Stage): Stage[] => {
    const parent = byName.get(stage.base);
    return parent ? [stage, ...lineage(parent)] : [stage];
  };

  const problems: string[] = [];
  const inherited = lineage(runtime).find(installsDevDependencies);
  if (inherited)
    problems.push(
      `the runtime image contains development dependencies (stage ${inherited.name ?? 'runtime'})`,
    );

  const moduleCopies = runtime.instructions.filter(
    (i) => i.keyword === 'COPY' && /\bnode_modules\b/.test(i.args),
  );
  for (const copy of moduleCopies) {
    const source = /--from=(\S+)/.exec(copy.args)?.[1];
    const from = source ? byName.get(source) : undefined;
    if (!from) {
      problems.push(`node_modules copied from outside a build stage: ${copy.args}`);
    } else if (lineage(from).some(installsDevDependencies)) {
      problems.push(`node_modules copied from stage ${source}, which installs development dependencies`);
    }
  }
  const installsHere = runtime.instructions.some((i) => i.keyword === 'RUN' && /\bnpm ci\b/.test(i.args));
  if (moduleCopies.length === 0 && !installsHere)
    problems.push('the runtime stage has no production dependencies');
  return problems;
}

function environmentProblems(runtime: Stage, variables: readonly string[]): string[] {
  const env = runtime.instructions
    .filter((i) => i.keyword === 'ENV')
    .map((i) => i.args)
    .join(' ');
  return variables
    .filter((name) => !new RegExp(`(^|\\s)${name}=`).test(env))
    .map((name) => `the runtime stage does not set ${name}`);
}

function commandProblems(runtime: Stage): string[] {
  const command = runtime.instructions.filter((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT').pop();
  if (!command) return ['the runtime stage has no CMD'];
  return /^\[?\s*"?node\b/.test(command.args)
    ? []
    : [`the runtime command does not start node: ${command.args}`];
}
